//! What a page's preview image shows, decided from the page's route and the data it was built
//! with: an indicator's chart (its page and its embeds), a measure's card, the overview's
//! progress at a glance, or else the page's title and description. Every card names the site,
//! the page's language and the snapshot's date, and carries the words that describe it (the
//! image's alt text). Only published numbers: what is not reported says so.

use model::format::format_date;
use model::rollup::StatusCounts;
use model::strategy::Indicator;
use model::{Lang, Status};
use strategy_site::components::chart::{chart_points, ChartPoint};
use strategy_site::document::{short_title, PageMeta};
use strategy_site::i18n::{share, status_label, ui};
use strategy_site::pages::indicators::summary;
use strategy_site::published_data::SiteData;

/// What every card says around its body.
#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    /// The site's name in the page's language.
    pub site_name: String,
    /// The page's language, named in itself, with its code ("Azərbaycanca · AZ").
    pub language: String,
    /// The snapshot's date and id, in words.
    pub as_of: String,
    /// The site's address, without the scheme.
    pub host: String,
    /// Said across the image when the data is made up (a synthetic test snapshot).
    pub warning: Option<String>,
}

/// The main part of a card.
#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    /// An indicator's chart.
    Indicator {
        /// The indicator.
        indicator: Indicator,
        /// Its targets and reported values.
        points: Vec<ChartPoint>,
    },
    /// A measure's card.
    Measure(MeasureCard),
    /// The overview: measures per status.
    Overview {
        /// The strategy's title.
        title: String,
        /// "N of 50 measures have a reported status."
        progress: String,
        /// What the strategy holds: measures, priority directions, headline indicators.
        scope: String,
        /// Measures per status.
        counts: StatusCounts,
    },
    /// Any other page: its title and description.
    Title {
        /// The page's title (without the site's name).
        title: String,
        /// Its description.
        description: String,
    },
}

/// What a measure's card shows.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureCard {
    /// The measure's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its status in the snapshot.
    pub status: Status,
    /// Its period, e.g. "2026–2029".
    pub period: String,
    /// Its lead agency, named in full with its acronym.
    pub lead: String,
}

/// A page's preview image, before it is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// The page's language.
    pub lang: Lang,
    /// The frame.
    pub frame: Frame,
    /// The body.
    pub body: Body,
    /// What the image shows, in words.
    pub alt: String,
}

/// The card of the page at `below_lang` (`indicators/4.1.5`, "" for the overview).
pub fn card_for(
    below_lang: &str,
    lang: Lang,
    meta: &PageMeta,
    site: &SiteData,
    site_url: &str,
) -> Card {
    let strings = ui(lang);
    let as_of = (share(lang).preview_as_of)(
        &site.entry.id.to_string(),
        &format_date(site.entry.as_of, lang),
    );
    let frame = Frame {
        site_name: strings.site_name.to_string(),
        language: format!("{} · {}", strings.language_name, lang.code().to_uppercase()),
        as_of: as_of.clone(),
        host: site_url
            .split_once("://")
            .map_or(site_url, |(_, rest)| rest)
            .trim_end_matches('/')
            .to_string(),
        warning: site
            .entry
            .synthetic
            .then(|| strings.synthetic_notice.to_string()),
    };
    let segments: Vec<&str> = below_lang.split('/').filter(|s| !s.is_empty()).collect();
    let (body, alt) = match segments.as_slice() {
        [] => overview(site, lang),
        ["indicators", id] | ["embed", "indicators", id, ..] => match site.strategy.indicator(id) {
            Some(indicator) => indicator_body(indicator, site, lang),
            None => title_body(meta, lang),
        },
        ["measures", id] => match site.strategy.measure(id) {
            Some(_) => measure_body(id, site, lang),
            None => title_body(meta, lang),
        },
        _ => title_body(meta, lang),
    };
    let warning = frame
        .warning
        .as_ref()
        .map(|w| format!(" {w}"))
        .unwrap_or_default();
    Card {
        lang,
        frame,
        body,
        alt: format!("{alt} {as_of}.{warning}"),
    }
}

fn sentence(text: &str) -> String {
    match text.trim_end().ends_with(['.', '!', '?', '…']) {
        true => text.trim_end().to_string(),
        false => format!("{}.", text.trim_end()),
    }
}

fn indicator_body(indicator: &Indicator, site: &SiteData, lang: Lang) -> (Body, String) {
    let points = chart_points(indicator, site.strategy.document.period.years(), |year| {
        site.snapshot.actual(&indicator.id, year).map(|a| a.value)
    });
    let name = format!("{} {}", indicator.id, indicator.name.in_lang(lang));
    let alt = format!(
        "{} {}",
        sentence(&(ui(lang).chart_label)(&name)),
        sentence(&summary(indicator, &site.snapshot, lang))
    );
    (
        Body::Indicator {
            indicator: indicator.clone(),
            points,
        },
        alt,
    )
}

fn measure_body(id: &str, site: &SiteData, lang: Lang) -> (Body, String) {
    let strings = ui(lang);
    let measure = site
        .strategy
        .measure(id)
        .unwrap_or_else(|| unreachable!("card_for found the measure"));
    let status = site.snapshot.status_of(id);
    let lead = match site.strategy.agency(&measure.lead.slug) {
        Some(agency) => format!("{} ({})", agency.name.in_lang(lang), measure.lead.printed),
        None => measure.lead.printed.clone(),
    };
    let period = format!("{}–{}", measure.period.start, measure.period.end);
    let title = measure.title.in_lang(lang).to_string();
    let alt = format!(
        "{} {id}: {} {}: {}. {}: {period}. {}: {lead}.",
        strings.measure,
        sentence(&title),
        strings.status,
        status_label(lang, status),
        strings.period,
        strings.lead_agency
    );
    (
        Body::Measure(MeasureCard {
            id: id.to_string(),
            title,
            status,
            period,
            lead,
        }),
        alt,
    )
}

fn overview(site: &SiteData, lang: Lang) -> (Body, String) {
    let counts = StatusCounts::of(&site.strategy.measures, &site.snapshot);
    let progress = (ui(lang).overview_progress_all)(counts.reported(), counts.total());
    let per_status: Vec<String> = counts
        .non_zero()
        .into_iter()
        .map(|(status, n)| format!("{}: {n}", status_label(lang, status)))
        .collect();
    let title = site.strategy.document.title.in_lang(lang).to_string();
    let strings = ui(lang);
    let scope = format!(
        "{} · {} · {}: {}",
        (strings.measures_count)(site.strategy.measures.len()),
        (strings.directions_count)(site.strategy.directions.len()),
        strings.overview_indicators_heading,
        site.strategy.indicators.len()
    );
    let alt = format!(
        "{} {} {}.",
        sentence(&title),
        progress,
        per_status.join(", ")
    );
    (
        Body::Overview {
            title,
            progress,
            scope,
            counts,
        },
        alt,
    )
}

fn title_body(meta: &PageMeta, lang: Lang) -> (Body, String) {
    let title = short_title(&meta.title, lang).to_string();
    let alt = sentence(&(share(lang).preview_title_alt)(&title));
    (
        Body::Title {
            title,
            description: meta.description.clone(),
        },
        alt,
    )
}
