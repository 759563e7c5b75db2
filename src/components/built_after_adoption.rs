//! A part of a page the app builds anew after adopting the rest, in a task of its own: a long
//! list costs more to adopt node by node than the rest of its page, and a shared filtered link
//! would throw most of it away at once (`/az/measures?goal=8.2&q=ikt` keeps 3 rows of 50).
//!
//! The built page and a page the app renders hold the part as usual. While the browser adopts a
//! built page ([`AfterAdoption`] open for that one pass, see `crate::boot`), the part's element
//! is adopted empty, its built content left in place for the reader; once the page is adopted
//! and has gone on to its query, the start-up builds the part's content in a task of its own and
//! puts it in place of the built one (the link that had the focus keeps it; the built content is
//! hidden at once and removed after the next frame). When the page was
//! left or drawn anew meanwhile there is nothing left to do.

use leptos::prelude::*;
use std::sync::{Arc, Mutex};

/// What is left to build once the page is adopted.
pub type LeftForLater = Box<dyn FnOnce() + Send>;

/// The parts a page being adopted left for later: open during the browser's adoption of a built
/// page, closed (the default) at build time and whenever the app renders.
#[derive(Clone, Default)]
pub struct AfterAdoption(Arc<Mutex<Option<Vec<LeftForLater>>>>);

impl AfterAdoption {
    /// One for a page about to be adopted.
    pub fn open() -> Self {
        Self(Arc::new(Mutex::new(Some(Vec::new()))))
    }

    /// True while parts can still be left for later.
    fn is_open(&self) -> bool {
        self.0.lock().is_ok_and(|jobs| jobs.is_some())
    }

    /// Leaves a job for later; gives it back when closed. (Only the browser adopts pages.)
    #[cfg(any(feature = "hydrate", test))]
    fn leave(&self, job: LeftForLater) -> Result<(), LeftForLater> {
        match self.0.lock() {
            Ok(mut jobs) => match jobs.as_mut() {
                Some(jobs) => {
                    jobs.push(job);
                    Ok(())
                }
                None => Err(job),
            },
            Err(_) => Err(job),
        }
    }

    /// Closes it, giving back what was left, in page order (each to run in a task of its own).
    pub fn close(&self) -> Vec<LeftForLater> {
        self.0
            .lock()
            .ok()
            .and_then(|mut jobs| jobs.take())
            .unwrap_or_default()
    }
}

impl std::fmt::Debug for AfterAdoption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.is_open() {
            "AfterAdoption(open)"
        } else {
            "AfterAdoption(closed)"
        })
    }
}

/// A `<div class=…>` holding `children`, built after the rest of the page when the page is being
/// adopted (see the module's text), else rendered with it.
#[component]
pub fn BuiltAfterAdoption(
    /// The element's class.
    class: &'static str,
    /// The content.
    children: ChildrenFn,
) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    if let Some(adopted_empty) = leave_for_later(class, &children) {
        return adopted_empty;
    }
    view! { <div class=class>{children()}</div> }.into_any()
}

/// While a page is being adopted: the part's element, to be adopted empty, and its content left
/// for later (`None` when nothing is being adopted).
#[cfg(feature = "hydrate")]
fn leave_for_later(class: &'static str, children: &ChildrenFn) -> Option<AnyView> {
    let after = use_context::<AfterAdoption>()?;
    let container = NodeRef::<leptos::html::Div>::new();
    let (owner, later) = (Owner::current(), children.clone());
    after
        .leave(Box::new(move || {
            // Gone when the page was left or drawn anew meanwhile.
            let element = container.try_get_untracked().flatten();
            if let (Some(owner), Some(element)) = (owner, element) {
                owner.with(|| build_in_place(&element, later));
            }
        }))
        .ok()?;
    Some(view! { <div class=class node_ref=container></div> }.into_any())
}

/// Puts the content built anew in place of the built one, under the current owner (the page's:
/// its reactive parts end with it). The built content is hidden at once and removed after the
/// next frame (see `browser::hide_children`).
#[cfg(feature = "hydrate")]
fn build_in_place(element: &web_sys::Element, children: ChildrenFn) {
    use leptos::tachys::view::{Mountable, Render};
    let focused = crate::browser::focused_link_within(element);
    let mut state = untrack(|| children().build());
    let built = crate::browser::hide_children(element);
    state.mount(element, None);
    crate::browser::remove_after_next_frame(built);
    StoredValue::new_local(state);
    if let Some(href) = focused {
        crate::browser::focus_link_within(element, &href);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn jobs_are_kept_while_open_and_given_back_once_in_order() {
        let after = AfterAdoption::open();
        let ran = Arc::new(AtomicUsize::new(0));
        for n in 1..=2 {
            let ran = ran.clone();
            let job: LeftForLater = Box::new(move || {
                assert_eq!(ran.fetch_add(1, Ordering::SeqCst), n - 1);
            });
            assert!(after.leave(job).is_ok());
        }
        let jobs = after.close();
        assert_eq!(jobs.len(), 2);
        jobs.into_iter().for_each(|job| job());
        assert_eq!(ran.load(Ordering::SeqCst), 2);
        assert!(after.close().is_empty());
    }

    #[test]
    fn a_closed_one_gives_a_job_back() {
        let after = AfterAdoption::default();
        assert!(!after.is_open());
        assert!(after.leave(Box::new(|| {})).is_err());
        assert_eq!(format!("{after:?}"), "AfterAdoption(closed)");
    }
}
