//! Writes into OUT_DIR what the widget embeds: the national flow with Swedish texts only, as a
//! pack (src/pack.rs) — the English flow is a separate file, fetched when the user asks for
//! English — and the demonstration configuration without its whitespace (issue 6, size).

fn main() {
    println!("cargo:rerun-if-changed=../flow/national.json");
    println!("cargo:rerun-if-changed=../config/exempelkommun.json");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");

    let src = std::fs::read_to_string("../flow/national.json").expect("flow/national.json");
    let sv = orosguiden::flow::single_locale_pack(&src, "sv").unwrap_or_else(|e| panic!("flow/national.json: {e}"));
    std::fs::write(format!("{out}/national.sv.txt"), sv).expect("write national.sv.txt");

    let demo = std::fs::read_to_string("../config/exempelkommun.json").expect("config/exempelkommun.json");
    // Read as the widget will read it (strictly), so that a broken file fails the build.
    orosguiden::Config::from_json(&demo).unwrap_or_else(|e| panic!("config/exempelkommun.json: {e}"));
    let compact = orosguiden::json::compact(&demo).unwrap_or_else(|e| panic!("config/exempelkommun.json: {}", e.located(&demo)));
    std::fs::write(format!("{out}/exempelkommun.min.json"), compact).expect("write exempelkommun.min.json");
}
