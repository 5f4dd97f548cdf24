//! Writes the national flow with Swedish texts only, as a pack (src/pack.rs), into OUT_DIR for
//! the widget to embed; the English flow is a separate file fetched when the user asks for
//! English (issue 6, size).

fn main() {
    println!("cargo:rerun-if-changed=../flow/national.json");
    let src = std::fs::read_to_string("../flow/national.json").expect("flow/national.json");
    let sv = orosguiden::flow::single_locale_pack(&src, "sv").unwrap_or_else(|e| panic!("flow/national.json: {e}"));
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(format!("{out}/national.sv.txt"), sv).expect("write national.sv.txt");
}
