//! The line that says how to follow a page: links to the Atom feed of the item it shows (if
//! any) and to the site's, with a few words on feed readers. It also names the item's feed for
//! the page's head ([`declare_feed`]).

use crate::contexts::use_lang;
use crate::document::declare_feed;
use crate::follow::FeedTopic;
use leptos::prelude::*;
use ui_text::share;

/// The follow line; `topic`: the item the page shows (none: the site only).
#[component]
pub fn FollowLine(
    /// The feed of the item the page shows, if it has one.
    #[prop(optional)]
    topic: Option<FeedTopic>,
) -> impl IntoView {
    let lang = use_lang();
    if let Some(topic) = &topic {
        declare_feed(topic.clone());
    }
    let item = topic.map(|topic| {
        view! {
            <a class="feed-link" href=move || topic.path(lang.get()) type="application/atom+xml">
                {move || share(lang.get()).feed_this_page}
            </a>
            " · "
        }
    });
    view! {
        <p class="follow">
            {move || share(lang.get()).follow_prompt}" "
            {item}
            <a class="feed-link" href=move || FeedTopic::Site.path(lang.get()) type="application/atom+xml">
                {move || share(lang.get()).feed_whole_site}
            </a>
            <span class="hint">" "{move || share(lang.get()).follow_hint}</span>
        </p>
    }
}
