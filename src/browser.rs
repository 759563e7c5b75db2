//! The one door to the browser: window, document, storage, history, clipboard, crypto.
//!
//! Natively (the build-time renderer in `crates/site-build`) there is no window: every function
//! here does nothing and answers `None`, so a component may call them while it renders and the
//! same component still renders at build time. Nothing else in the app calls `web_sys` for the
//! window or the document. Every call tolerates a missing window and blocked storage.

use model::{Date, Lang};

/// The browser window; always `None` natively.
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// The document; always `None` natively.
pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// Sets `<html lang>`.
pub fn set_html_lang(lang: Lang) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Sets the document title and the meta description.
pub fn set_title_and_description(title: &str, description: &str) {
    let Some(doc) = document() else { return };
    doc.set_title(title);
    if let Ok(Some(meta)) = doc.query_selector("meta[name='description']") {
        let _ = meta.set_attribute("content", description);
    }
}

/// A `<meta name=…>` value of the page, if set and not empty.
pub fn meta_value(name: &str) -> Option<String> {
    document()?
        .query_selector(&format!("meta[name='{name}']"))
        .ok()
        .flatten()?
        .get_attribute("content")
        .filter(|v| !v.trim().is_empty())
}

/// The text content of an element, by id.
pub fn element_text(id: &str) -> Option<String> {
    document()?.get_element_by_id(id)?.text_content()
}

/// localStorage, when the browser allows it.
fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// A stored value.
pub fn stored(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Stores a value (silently skipped when storage is blocked or full).
pub fn store(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, value);
    }
}

/// Forgets a stored value.
pub fn forget(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Today's date in the reader's time zone.
pub fn today() -> Option<Date> {
    window()?;
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
}

/// The page's origin (`https://example.az`).
pub fn origin() -> Option<String> {
    window()?.location().origin().ok()
}

/// The current path, query and fragment as the address bar shows them.
pub fn current_url() -> Option<(String, String, String)> {
    let location = window()?.location();
    Some((
        location.pathname().ok()?,
        location.search().ok()?,
        location.hash().ok()?,
    ))
}

/// Replaces the address bar's URL without a new history entry or a reload.
pub fn replace_url(url: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

/// Fills `bytes` from the browser's cryptographic random source; false when there is none.
pub fn random_bytes(bytes: &mut [u8]) -> bool {
    window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(bytes).is_ok())
}

/// Copies text to the clipboard; true when the browser accepted it.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(clipboard) = window().map(|w| w.navigator().clipboard()) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// True when the browser says it has no network (`navigator.onLine` is false).
pub fn is_offline() -> bool {
    window().is_some_and(|w| !w.navigator().on_line())
}

/// Registers the public site's service worker (`/sw.js`, scope `/`: `public/sw.js` says what it
/// keeps), so pages the reader has seen open again without a network. Then tells the worker
/// which same-origin files this page loaded before the worker controlled it, so the first page
/// seen opens offline too. Failing (blocked, unsupported, a private window) changes nothing.
pub fn register_service_worker() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(window) = window() else { return };
        // `serviceWorker` is missing on insecure origins and some private windows.
        let has_worker =
            js_sys::Reflect::has(&window.navigator(), &"serviceWorker".into()).unwrap_or(false);
        if !has_worker {
            return;
        }
        let container = window.navigator().service_worker();
        let loaded: js_sys::Array = window
            .performance()
            .map(|p| p.get_entries_by_type("resource"))
            .unwrap_or_else(js_sys::Array::new)
            .iter()
            .filter_map(|e| e.dyn_into::<web_sys::PerformanceEntry>().ok())
            .map(|e| wasm_bindgen::JsValue::from(e.name()))
            .collect();
        if let Ok(href) = window.location().href() {
            loaded.push(&href.into());
        }
        let registration = container.register("/sw.js");
        wasm_bindgen_futures::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(registration)
                .await
                .is_err()
            {
                return;
            }
            let Ok(ready) = container.ready() else { return };
            let Ok(registration) = wasm_bindgen_futures::JsFuture::from(ready).await else {
                return;
            };
            let Some(worker) = registration
                .dyn_into::<web_sys::ServiceWorkerRegistration>()
                .ok()
                .and_then(|r| r.active())
            else {
                return;
            };
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"keep".into(), &loaded);
            let _ = worker.post_message(&message);
        });
    }
}

/// Resolves in a task of its own (after a zero-delay timer): long work cut this way lets the
/// browser paint and answer the reader in between, rather than blocking them for all of it.
/// Natively it resolves at once.
pub async fn next_task() {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(window) = window() else { return };
        let timer = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window.set_timeout_with_callback(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(timer).await;
    }
}

/// The `href` of the link holding the keyboard focus, when it is inside `container`.
pub fn focused_link_within(container: &web_sys::Element) -> Option<String> {
    let active = document()?.active_element()?;
    let inside = container.contains(Some(&active)) && active.local_name() == "a";
    inside.then(|| active.get_attribute("href")).flatten()
}

/// Moves the keyboard focus to the first shown link inside `container` (not within a `hidden`
/// element) that goes to `href`.
pub fn focus_link_within(container: &web_sys::Element, href: &str) {
    use wasm_bindgen::JsCast;
    let Ok(links) = container.query_selector_all("a[href]") else {
        return;
    };
    let target = (0..links.length())
        .filter_map(|at| links.item(at)?.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|link| {
            link.get_attribute("href").as_deref() == Some(href)
                && link.closest("[hidden]").ok().flatten().is_none()
        });
    if let Some(target) = target {
        let _ = target.focus();
    }
}

/// Hides every child of `element` (each element child gets `hidden`) and gives them back, for
/// [`remove_after_next_frame`]. Content put beside them in the same task replaces them on
/// screen at once, while the browser drops their layout when it next draws rather than inside
/// that task (removing a laid-out list of 50 rows there costs a node-by-node teardown, which
/// DevTools' and Lighthouse's traces record one stack at a time: 1,155 records, 25–50 ms).
pub fn hide_children(element: &web_sys::Element) -> Vec<web_sys::Node> {
    use wasm_bindgen::JsCast;
    let nodes = element.child_nodes();
    let children: Vec<web_sys::Node> = (0..nodes.length())
        .filter_map(|at| nodes.item(at))
        .collect();
    for child in children
        .iter()
        .filter_map(|node| node.dyn_ref::<web_sys::Element>())
    {
        let _ = child.set_attribute("hidden", "");
    }
    children
}

/// Removes `nodes` from the page once the browser has drawn the next frame, in a task of its own.
pub fn remove_after_next_frame(nodes: Vec<web_sys::Node>) {
    let remove = move || {
        for node in &nodes {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(node);
            }
        }
    };
    after_next_frame(remove);
}

/// Runs `then` in a task of its own, after the current one ([`next_task`] for code that is not
/// async; at once natively).
pub fn in_a_task_of_its_own(then: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(async move {
        next_task().await;
        then();
    });
    #[cfg(not(target_arch = "wasm32"))]
    then();
}

/// Runs `then` in a task of its own once the browser has drawn the next frame (at once natively).
pub fn after_next_frame(then: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    leptos::prelude::request_animation_frame(move || in_a_task_of_its_own(then));
    #[cfg(not(target_arch = "wasm32"))]
    then();
}

/// Marks a step of the app's start (`app:adopted`, …) on the performance timeline, where
/// DevTools and traces show it beside the tasks (`scripts/bench-start-tasks.mjs` names each task
/// by the step that ends in it).
pub fn mark_step(name: &str) {
    if let Some(performance) = window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Marks on `<html data-app=…>` how the app started (`adopted` a built page, `rendered` it, or
/// `failed` to load the data and kept the built page), for tests and for anyone debugging a page.
pub fn mark_started(how: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-app", how);
    }
}

/// Moves the keyboard focus to the element at `n` (from 0) of those matching `selector`, once
/// the app has drawn what it has just been asked to (on the next animation frame): "show more"
/// focuses the first row it added. Nothing happens when there is no such element.
pub fn focus_when_drawn(selector: &'static str, n: usize) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        leptos::prelude::request_animation_frame(move || {
            let target = document()
                .and_then(|d| d.query_selector_all(selector).ok())
                .and_then(|list| list.item(u32::try_from(n).ok()?))
                .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(target) = target {
                let _ = target.focus();
            }
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (selector, n);
}
