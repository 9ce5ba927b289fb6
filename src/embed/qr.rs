//! QR codes for ward posters, drawn as an SVG path from the code's modules
//! (so nothing is ever inserted as markup).

use qrcode::{Color, EcLevel, QrCode};

/// A QR code: its size in modules, including the quiet zone, and an SVG
/// path drawing each dark module as a unit square.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPath {
    pub size: usize,
    pub path: String,
}

/// The blank margin a QR code needs around it to scan, in modules.
const QUIET_ZONE: usize = 4;

pub fn qr_path(text: &str) -> Option<QrPath> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let mut path = String::new();
    for (index, colour) in code.to_colors().iter().enumerate() {
        if *colour == Color::Dark {
            let (x, y) = (index % width + QUIET_ZONE, index / width + QUIET_ZONE);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some(QrPath { size: width + 2 * QUIET_ZONE, path })
}
