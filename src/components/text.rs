//! Content text in the page's language. Where the English is missing, the Azerbaijani is shown
//! with `lang="az"` and a visible "not translated" mark.

use crate::contexts::use_lang;
use crate::i18n::ui;
use leptos::prelude::*;
use model::Text;

/// A short text (a title or a label) inline.
#[component]
pub fn InlineText(
    /// The bilingual text.
    text: Text,
) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let shown = text.get(lang);
        let fallback = shown.is_fallback(lang);
        let content = shown.text.to_string();
        if fallback {
            view! {
                <span lang=shown.shown_in.code()>{content}</span>
                " "
                <span class="untranslated">"("{ui(lang).not_translated}")"</span>
            }
            .into_any()
        } else {
            view! { <span>{content}</span> }.into_any()
        }
    }
}

/// A longer text as paragraphs (blank lines separate paragraphs).
#[component]
pub fn Prose(
    /// The bilingual text.
    text: Text,
) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let shown = text.get(lang);
        let fallback = shown.is_fallback(lang);
        let paragraphs: Vec<String> = shown
            .text
            .split("\n\n")
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect();
        view! {
            <div class="prose" lang=shown.shown_in.code()>
                {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                {fallback.then(|| view! { <p class="untranslated" lang=lang.code()>"("{ui(lang).not_translated}")"</p> })}
            </div>
        }
    }
}
