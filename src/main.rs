//! The patients' and carers' page, `index.html`: the questions, the result
//! and the request (see `screens::PatientPages`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    imha_rights_checker::start::<imha_rights_checker::screens::PatientPages>();
}
