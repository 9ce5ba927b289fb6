//! Enums whose variants each have one public name, their "code".

/// Declares an enum whose variants each have one public name (its "code"),
/// used identically by serde, by links in the app, by `imha-check` and as
/// the suffix of Fluent message ids. With `messages = "prefix-"`, each
/// variant also names its Fluent message, `prefix-<code>`, so that the
/// convention is written once, here.
macro_rules! coded_enum {
    ($(#[$meta:meta])* messages = $prefix:literal, pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal,)+ }) => {
        coded_enum! { $(#[$meta])* pub enum $name { $($(#[$vmeta])* $variant = $code,)+ } }

        impl $name {
            /// The Fluent message that says this in words.
            pub fn message_id(self) -> &'static str {
                match self { $($name::$variant => concat!($prefix, $code),)+ }
            }
        }
    };
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $code)] $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code,)+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}
