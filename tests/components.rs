//! Component tests in headless Chromium (wasm-bindgen-test with Debian's chromedriver):
//!
//!     CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test components
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos_router::components::Router;
use model::{Lang, Status, Text};
use strategy_site::components::data_view::DataView;
use strategy_site::components::status::StatusBadge;
use strategy_site::components::text::{InlineText, Prose};
use strategy_site::contexts::{provide_lang, provide_site_data};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a view into a fresh `<div>` and returns the div.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.clone(), view).forget();
    container
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

async fn next_frame() {
    sleep(30).await;
}

fn untranslated() -> Text {
    Text {
        az: "Rəqəmsal Əkiz".into(),
        en: None,
    }
}

#[wasm_bindgen_test]
fn text_in_its_own_language_has_no_mark() {
    let div = mount(|| {
        provide_lang(Signal::stored(Lang::En));
        view! { <InlineText text=Text::new("Məqsəd", "Goal")/> }
    });
    assert_eq!(div.text_content().unwrap(), "Goal");
    assert!(div.query_selector(".untranslated").unwrap().is_none());
}

#[wasm_bindgen_test]
fn missing_english_shows_azerbaijani_marked_as_not_translated() {
    let div = mount(|| {
        provide_lang(Signal::stored(Lang::En));
        view! { <InlineText text=untranslated()/> }
    });
    let text = div.text_content().unwrap();
    assert!(text.contains("Rəqəmsal Əkiz"), "{text}");
    assert!(text.contains("not translated"), "{text}");
    let shown = div
        .query_selector("span[lang='az']")
        .unwrap()
        .expect("the Azerbaijani keeps lang=az");
    assert_eq!(shown.text_content().unwrap(), "Rəqəmsal Əkiz");
}

#[wasm_bindgen_test]
fn the_mark_is_in_the_page_language_and_absent_on_azerbaijani_pages() {
    let div = mount(|| {
        provide_lang(Signal::stored(Lang::Az));
        view! { <InlineText text=untranslated()/> }
    });
    assert_eq!(div.text_content().unwrap(), "Rəqəmsal Əkiz");
}

#[wasm_bindgen_test]
fn prose_splits_paragraphs() {
    let div = mount(|| {
        provide_lang(Signal::stored(Lang::Az));
        view! { <Prose text=Text::new("Birinci.\n\nİkinci.", "First.\n\nSecond.")/> }
    });
    assert_eq!(div.query_selector_all("p").unwrap().length(), 2);
}

#[wasm_bindgen_test]
fn status_badges_speak_the_page_language() {
    let az = mount(|| {
        provide_lang(Signal::stored(Lang::Az));
        view! { <StatusBadge status=Status::NotYetReported/> }
    });
    assert_eq!(az.text_content().unwrap(), "Hələ məlumat verilməyib");
    let en = mount(|| {
        provide_lang(Signal::stored(Lang::En));
        view! { <StatusBadge status=Status::Delayed/> }
    });
    assert_eq!(en.text_content().unwrap(), "Delayed");
    assert!(en.query_selector(".status-delayed").unwrap().is_some());
}

#[component]
fn DataProbe() -> impl IntoView {
    provide_lang(Signal::stored(Lang::En));
    provide_site_data(None);
    view! { <DataView render=|site| view! { <p class="loaded">{site.entry.id.to_string()}</p> }/> }
}

#[wasm_bindgen_test]
async fn a_failed_load_shows_a_message_and_a_retry_button_not_a_blank_page() {
    // The test runner's server has no /data/index.json: the load fails with HTTP 404.
    let div = mount(|| view! { <Router><DataProbe/></Router> });
    assert!(
        div.text_content().unwrap().contains("Loading the data"),
        "a loading state comes first"
    );
    let mut alert = None;
    for _ in 0..100 {
        next_frame().await;
        alert = div.query_selector("[role=alert]").unwrap();
        if alert.is_some() {
            break;
        }
    }
    let alert = alert.expect("an error message appears");
    let text = alert.text_content().unwrap();
    assert!(text.contains("The data could not be loaded"), "{text}");
    assert!(text.contains("HTTP 404"), "{text}");
    let button = alert
        .query_selector("button")
        .unwrap()
        .expect("a retry button");
    assert_eq!(button.text_content().unwrap(), "Try again");
    button.unchecked_into::<web_sys::HtmlElement>().click();
    // Retrying shows the loading state again, then (the file is still missing) the message.
    let mut saw_loading = div.text_content().unwrap().contains("Loading the data");
    for _ in 0..200 {
        sleep(0).await;
        let text = div.text_content().unwrap();
        saw_loading |= text.contains("Loading the data");
        if saw_loading && div.query_selector("[role=alert]").unwrap().is_some() {
            break;
        }
    }
    assert!(saw_loading, "retrying shows the loading state");
    assert!(
        div.query_selector("[role=alert]").unwrap().is_some(),
        "the message comes back, never a blank page"
    );
}
