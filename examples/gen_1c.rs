//! Writes a realistic 1C list export (Windows-1251, `;`, CRLF) for the
//! import benchmark: `cargo run --release --example gen_1c -- FILE ROWS`.

#[path = "../tests/it/common/gen1c.rs"]
mod gen1c;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: gen_1c FILE ROWS");
        std::process::exit(2);
    }
    let rows: u64 = match args[2].parse() {
        Ok(n) => n,
        Err(_) => {
            eprintln!("gen_1c: ROWS must be a number");
            std::process::exit(2);
        }
    };
    if let Err(e) = gen1c::write_export(std::path::Path::new(&args[1]), rows) {
        eprintln!("gen_1c: {e}");
        std::process::exit(1);
    }
}
