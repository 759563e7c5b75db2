//! The source notes attached to an item: where the document contradicts itself or is unclear.

use crate::components::text::Prose;
use crate::contexts::use_lang;
use crate::i18n::{note_kind_label, ui};
use crate::url::use_links;
use leptos::prelude::*;
use leptos_router::components::A;
use model::strategy::SourceNote;

/// The notes, or nothing when there are none.
#[component]
pub fn SourceNotes(
    /// The notes to show.
    notes: Vec<SourceNote>,
) -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    (!notes.is_empty()).then(move || {
        let items = notes
            .into_iter()
            .map(|note| {
                let kind = note.kind;
                let href = links.href(format!("about#note-{}", note.id));
                view! {
                    <li class="source-note">
                        <p class="meta"><A href=href>{note.id.clone()}</A>" · "{move || note_kind_label(lang.get(), kind)}</p>
                        <Prose text=note.text.clone()/>
                        <blockquote lang="az"><span class="label">{move || ui(lang.get()).printed_in_source}": "</span>{note.printed.clone()}</blockquote>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="notes" aria-labelledby="notes-heading">
                <h2 id="notes-heading">{move || ui(lang.get()).source_notes}</h2>
                <ul class="source-notes plain">{items}</ul>
            </section>
        }
    })
}
