//! Writes the national flow with Swedish texts only into OUT_DIR for the widget to embed; the
//! English flow is a separate file fetched when the user asks for English (issue 6, size).

fn main() {
    println!("cargo:rerun-if-changed=../flow/national.json");
    let src = std::fs::read_to_string("../flow/national.json").expect("flow/national.json");
    let sv = orosguiden::flow::single_locale(&src, "sv").unwrap_or_else(|e| panic!("flow/national.json: {e}"));
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(format!("{out}/national.sv.json"), sv).expect("write national.sv.json");
}
