//! Finds the Noto fonts the PDFs embed (Debian's fonts-noto-core and fonts-noto-cjk) at build time.
//!
//! The fonts are compiled into the binary (users' machines have no Noto); the repository
//! does not carry them. `KONSORTIO_FONT_DIR` names another folder holding the same files.

use std::path::{Path, PathBuf};

/// (environment variable the crate reads, file name, Debian folder, Debian package)
const FONTS: [(&str, &str, &str, &str); 3] = [
    ("KONSORTIO_FONT_SANS", "NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto", "fonts-noto-core"),
    ("KONSORTIO_FONT_SANS_BOLD", "NotoSans-Bold.ttf", "/usr/share/fonts/truetype/noto", "fonts-noto-core"),
    ("KONSORTIO_FONT_CJK", "NotoSansCJK-Regular.ttc", "/usr/share/fonts/opentype/noto", "fonts-noto-cjk"),
];

fn main() {
    println!("cargo:rerun-if-env-changed=KONSORTIO_FONT_DIR");
    let override_dir = std::env::var_os("KONSORTIO_FONT_DIR").map(PathBuf::from);
    for (var, file, debian_dir, package) in FONTS {
        let candidates: Vec<PathBuf> =
            override_dir.iter().map(|d| d.join(file)).chain([Path::new(debian_dir).join(file)]).collect();
        let Some(found) = candidates.iter().find(|p| p.is_file()) else {
            panic!(
                "konsortio-pdf embeds {file} from the Debian package {package}, and it is not at {}. \
                 Install it with scripts/system-packages.sh (or: apt-get install {package}), \
                 or set KONSORTIO_FONT_DIR to a folder that holds {file}.",
                candidates.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(" or ")
            );
        };
        println!("cargo:rerun-if-changed={}", found.display());
        println!("cargo:rustc-env={var}={}", found.display());
    }
}
