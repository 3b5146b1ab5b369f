//! The `konsortio` binary: hands the command line to konsortio_cli::run.

fn main() {
    let code =
        konsortio_cli::run(std::env::args().collect(), &mut std::io::stdout().lock(), &mut std::io::stderr().lock());
    std::process::exit(code);
}
