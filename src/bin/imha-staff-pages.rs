//! The staff page, `staff.html`: the staff, poster, translators' and
//! reviewers' pages and the statements (see `screens::StaffPages`), in a
//! bundle of their own so that the first screen does not download them.

fn main() {
    #[cfg(target_arch = "wasm32")]
    imha_rights_checker::start::<imha_rights_checker::screens::StaffPages>();
}
