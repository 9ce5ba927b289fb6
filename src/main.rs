fn main() {
    #[cfg(target_arch = "wasm32")]
    imha_rights_checker::start();
}
