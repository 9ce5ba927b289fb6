//! The embed helper's snippets: the HTML the README's "Embedding on a
//! trust's website" describes, for the provider and language chosen.

use imha_rights_checker::embed::{folder_of, EmbedChoice, Embedding};

const TITLE: &str = "Find out if you can get an independent mental health advocate";

fn choice(embedding: Embedding, provider: Option<&str>, language: Option<&'static str>) -> EmbedChoice {
    EmbedChoice { embedding, provider: provider.map(str::to_owned), language }
}

#[test]
fn the_script_snippet_names_the_provider_and_language_on_the_trusts_element() {
    assert_eq!(
        choice(Embedding::Script, Some("ward-7"), Some("cy")).snippet("/imha/", TITLE),
        "<div data-imha-rights-checker data-lang=\"cy\" data-provider=\"ward-7\"></div>\n\
         <script type=\"module\" src=\"/imha/embed.js\"></script>"
    );
}

#[test]
fn the_frame_snippet_carries_them_in_the_frames_address_with_its_title_and_the_height_listener() {
    assert_eq!(
        choice(Embedding::Frame, Some("ward-7"), Some("ur")).snippet("/imha/", TITLE),
        "<iframe data-imha-rights-checker-frame src=\"/imha/index.html?lang=ur&amp;provider=ward-7\"\n        \
         title=\"Find out if you can get an independent mental health advocate\" class=\"imha-frame\"></iframe>\n\
         <script src=\"/imha/iframe-host.js\" defer></script>"
    );
}

#[test]
fn with_nothing_chosen_the_configurations_default_and_the_readers_browser_decide() {
    let script = choice(Embedding::Script, None, None).snippet("/", TITLE);
    assert!(script.starts_with("<div data-imha-rights-checker></div>"), "{script}");
    let frame = choice(Embedding::Frame, None, None).snippet("/", TITLE);
    assert!(frame.contains("src=\"/index.html\""), "{frame}");
}

#[test]
fn the_snippet_finds_the_apps_files_from_the_sites_root_so_it_works_on_any_page_of_the_site() {
    for (address, folder) in [
        ("https://www.trust.example/imha/", "/imha/"),
        ("https://www.trust.example/imha/index.html?lang=cy#/staff", "/imha/"),
        ("http://127.0.0.1:8080/dist/", "/dist/"),
        ("https://www.trust.example", "/"),
        ("./", "/"),
        ("", "/"),
    ] {
        assert_eq!(folder_of(address), folder, "{address}");
    }
}

#[test]
fn words_in_the_snippet_cannot_end_its_attribute_or_open_a_tag() {
    let frame = choice(Embedding::Frame, None, None).snippet("/a\"b/", "“Quotes” & \"more\" <b>");
    assert!(frame.contains("title=\"“Quotes” &amp; &quot;more&quot; &lt;b&gt;\""), "{frame}");
    assert!(frame.contains("src=\"/a&quot;b/index.html\""), "{frame}");
}

#[test]
fn each_way_of_embedding_reads_back_from_its_form_value() {
    for embedding in Embedding::ALL {
        assert_eq!(Embedding::from_code(embedding.code()), Some(embedding));
    }
    assert_eq!(Embedding::from_code("object"), None);
}
