//! Writes the sign-on form exports the tests use, and a campaign of ROWS made-up signatures
//! (CSV and XLSX) for the benchmark: `cargo run --release --example make-sheets -- DIR [ROWS]`.

// The tests' own generator: this program uses a part of it.
#[allow(dead_code)]
#[path = "../tests/suite/common/sheets.rs"]
mod sheets;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: make-sheets DIR [ROWS]");
        std::process::exit(2);
    };
    let rows = args.next().map_or(1000, |r| r.parse().expect("ROWS is a number"));
    sheets::write_all(std::path::Path::new(&dir), rows);
    eprintln!("wrote the fixtures and a campaign of {rows} rows into {dir}");
}
