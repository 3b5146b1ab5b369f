//! `inspect` from the command line, as `konsortio usage inspect FILE --json` will print it.
//!
//! `cargo run -p konsortio-counter --example inspect FILE...`

fn main() {
    let mut failed = false;
    for path in std::env::args().skip(1) {
        let result = std::fs::File::open(&path).map_err(|e| e.to_string()).and_then(|file| {
            konsortio_counter::inspect(&path, std::io::BufReader::new(file)).map_err(|e| e.to_string())
        });
        match result {
            Ok(summary) => println!("{}", serde_json::to_string_pretty(&summary).expect("a summary serialises")),
            Err(message) => {
                eprintln!("{message}");
                failed = true;
            }
        }
    }
    std::process::exit(i32::from(failed));
}
