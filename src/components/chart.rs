//! The indicator chart: yearly targets (bars) against reported actual values (a line with
//! markers). The page holds it first as the static drawing ([`super::static_chart`], the same
//! numbers, labelled), so it is whole before any script runs; once the app runs, charming
//! draws it on the custom ECharts bundle in its place (with tooltips), loaded only when the
//! chart is shown: when it comes into view or the reader first scrolls, types or taps. Years
//! without an actual value are gaps, never zeros. The chart is initialised once after its
//! element is attached, updated when the language changes, disposed when the page goes; where
//! ECharts cannot be loaded the drawing stays.

use crate::contexts::use_lang;
use crate::i18n::ui;
use charming::component::{Axis, Grid, Legend};
use charming::datatype::CompositeValue;
use charming::element::{AxisType, Symbol, Tooltip, Trigger};
use charming::series::{Bar, Line};
use charming::{Chart, Echarts, WasmRenderer};
use leptos::prelude::*;
use model::format::format_number;
use model::strategy::Indicator;
use model::Lang;
use std::cell::RefCell;
use std::ops::RangeInclusive;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Where the custom ECharts bundle is served.
pub const ECHARTS_SRC: &str = "/echarts.js";

/// One year of the chart: the target and, if reported, the actual value.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartPoint {
    /// The year.
    pub year: u16,
    /// The target.
    pub target: Option<f64>,
    /// The actual value, if reported.
    pub actual: Option<f64>,
}

/// The chart's data for an indicator: targets and actuals for each year of the strategy.
pub fn chart_points(
    indicator: &Indicator,
    years: RangeInclusive<u16>,
    actual: impl Fn(u16) -> Option<f64>,
) -> Vec<ChartPoint> {
    years
        .map(|year| ChartPoint {
            year,
            target: indicator
                .targets
                .iter()
                .find(|target| target.year == year)
                .map(|target| target.value),
            actual: actual(year).filter(|v| v.is_finite()),
        })
        .collect()
}

fn value(v: Option<f64>) -> CompositeValue {
    // ECharts draws "-" as a gap; a missing year must never look like zero.
    match v {
        Some(v) => CompositeValue::from(v),
        None => CompositeValue::from("-"),
    }
}

/// The charming chart for the points, with labels in a language.
pub fn build_chart(points: &[ChartPoint], lang: Lang) -> Chart {
    let strings = ui(lang);
    let years: Vec<String> = points.iter().map(|p| p.year.to_string()).collect();
    Chart::new()
        // No animation: the chart shows the numbers at once (and respects reduced motion).
        .animation(false)
        .legend(Legend::new().top("0"))
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .grid(
            Grid::new()
                .left("3%")
                .right("4%")
                .bottom("3%")
                .top("40")
                .contain_label(true),
        )
        .x_axis(Axis::new().type_(AxisType::Category).data(years))
        .y_axis(Axis::new().type_(AxisType::Value))
        .series(
            Bar::new()
                .name(strings.target)
                .bar_width("40%")
                .data(points.iter().map(|p| value(p.target)).collect::<Vec<_>>()),
        )
        .series(
            Line::new()
                .name(strings.actual)
                .symbol(Symbol::Diamond)
                .symbol_size(14)
                .connect_nulls(false)
                .data(points.iter().map(|p| value(p.actual)).collect::<Vec<_>>()),
        )
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = echarts, js_name = dispose)]
    fn echarts_dispose(chart: &Echarts);
}

// Resolves when the element is in view, or at the reader's first scroll, key, tap or print,
// whichever comes first (at once where IntersectionObserver is missing).
#[wasm_bindgen(inline_js = "export function whenWanted(el) {
  return new Promise((resolve) => {
    if (!('IntersectionObserver' in window)) { resolve(); return; }
    const events = ['scroll', 'keydown', 'pointerdown', 'beforeprint'];
    const done = () => {
      observer.disconnect();
      for (const e of events) removeEventListener(e, done, true);
      resolve();
    };
    const observer = new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) done(); });
    observer.observe(el);
    for (const e of events) addEventListener(e, done, { capture: true, passive: true });
  });
}")]
extern "C" {
    #[wasm_bindgen(js_name = whenWanted)]
    fn when_wanted(element: &web_sys::Element) -> js_sys::Promise;
}

/// Waits until the chart is wanted: in view, or the reader has started to move about the page.
async fn chart_wanted(element_id: &str) {
    let element = crate::browser::document().and_then(|d| d.get_element_by_id(element_id));
    if let Some(element) = element {
        let _ = wasm_bindgen_futures::JsFuture::from(when_wanted(&element)).await;
    }
}

fn echarts_loaded() -> bool {
    crate::browser::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("echarts")).ok())
        .is_some_and(|v| !v.is_undefined())
}

/// Loads the ECharts bundle once (a `<script>` added on first use).
pub async fn ensure_echarts() -> Result<(), JsValue> {
    if echarts_loaded() {
        return Ok(());
    }
    let document = crate::browser::document().ok_or(JsValue::NULL)?;
    let existing = document
        .query_selector("script[data-echarts]")
        .ok()
        .flatten();
    let script = match existing {
        Some(s) => s,
        None => {
            let s = document.create_element("script")?;
            s.set_attribute("src", ECHARTS_SRC)?;
            s.set_attribute("data-echarts", "")?;
            document.body().ok_or(JsValue::NULL)?.append_child(&s)?;
            s
        }
    };
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let _ = script.add_event_listener_with_callback("load", &resolve);
        let _ = script.add_event_listener_with_callback("error", &reject);
    });
    if echarts_loaded() {
        return Ok(());
    }
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
}

/// Sets number formatting by language on the axis and tooltip (ECharts' own follows English).
fn set_number_format(chart: &Echarts, lang: Lang) {
    let formatter = Closure::<dyn Fn(JsValue) -> String>::new(move |v: JsValue| {
        v.as_f64()
            .map(|n| format_number(n, 2, lang))
            .unwrap_or_else(|| "–".into())
    });
    let function: js_sys::Function = formatter
        .as_ref()
        .unchecked_ref::<js_sys::Function>()
        .clone();
    formatter.forget();
    let option = js_sys::Object::new();
    let y_axis = js_sys::Object::new();
    let axis_label = js_sys::Object::new();
    let tooltip = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&axis_label, &"formatter".into(), &function);
    let _ = js_sys::Reflect::set(&y_axis, &"axisLabel".into(), &axis_label);
    let _ = js_sys::Reflect::set(&tooltip, &"valueFormatter".into(), &function);
    let _ = js_sys::Reflect::set(&option, &"yAxis".into(), &y_axis);
    let _ = js_sys::Reflect::set(&option, &"tooltip".into(), &tooltip);
    if let Ok(set_option) = js_sys::Reflect::get(chart, &"setOption".into()) {
        if let Some(f) = set_option.dyn_ref::<js_sys::Function>() {
            let _ = f.call1(chart, &option);
        }
    }
}

/// Gives the drawn SVG a `viewBox` of its own size, so that print CSS can scale it to the paper
/// (ECharts draws at the screen's width and does not redraw for printing).
fn make_scalable(element_id: &str) {
    let svg = crate::browser::document().and_then(|d| {
        d.query_selector(&format!("#{element_id} svg"))
            .ok()
            .flatten()
    });
    if let Some(svg) = svg {
        if let (Some(w), Some(h)) = (svg.get_attribute("width"), svg.get_attribute("height")) {
            let _ = svg.set_attribute("viewBox", &format!("0 0 {w} {h}"));
        }
    }
}

/// The chart of an indicator's targets and actuals.
#[component]
pub fn IndicatorChart(
    /// A DOM id unique on the page.
    element_id: String,
    /// The data, one point per year.
    points: Vec<ChartPoint>,
    /// The accessible name (what the chart shows).
    #[prop(into)]
    label: Signal<String>,
    /// The static drawing of the same chart ([`super::static_chart::chart_svg`]), shown until
    /// ECharts draws (adopting a built page keeps the built drawing).
    drawing: String,
) -> impl IntoView {
    let lang = use_lang();
    let handle: Rc<RefCell<Option<Echarts>>> = Rc::new(RefCell::new(None));
    let handle_store = StoredValue::new_local(handle.clone());
    let points_store = StoredValue::new_local(points);

    // Draw once, after the element is attached (charming looks the element up by id); an
    // effect, so it runs only in the browser, after the built page has been adopted.
    {
        let element_id = element_id.clone();
        let handle = handle.clone();
        Effect::new(move |drawn: Option<()>| {
            if drawn.is_some() {
                return;
            }
            let (element_id, handle) = (element_id.clone(), handle.clone());
            leptos::task::spawn_local(async move {
                chart_wanted(&element_id).await;
                if ensure_echarts().await.is_err() {
                    // The static drawing stays, with the same numbers.
                    return;
                }
                let Some(canvas) =
                    crate::browser::document().and_then(|d| d.get_element_by_id(&element_id))
                else {
                    return;
                };
                let lang_now = lang.get_untracked();
                let chart = points_store.with_value(|p| build_chart(p, lang_now));
                let drawing = canvas.inner_html();
                canvas.set_inner_html("");
                match WasmRenderer::new_opt(None, Some(320)).render(&element_id, &chart) {
                    Ok(echarts) => {
                        set_number_format(&echarts, lang_now);
                        make_scalable(&element_id);
                        *handle.borrow_mut() = Some(echarts);
                    }
                    Err(_) => canvas.set_inner_html(&drawing),
                }
            });
        });
    }
    // Update (never re-create) when the language changes.
    let element_id_for_update = element_id.clone();
    Effect::new(move |previous: Option<Lang>| {
        let lang_now = lang.get();
        if previous.is_some_and(|p| p != lang_now) {
            handle_store.with_value(|h| {
                if let Some(echarts) = h.borrow().as_ref() {
                    let chart = points_store.with_value(|p| build_chart(p, lang_now));
                    WasmRenderer::update(echarts, &chart);
                    set_number_format(echarts, lang_now);
                    make_scalable(&element_id_for_update);
                }
            });
        }
        lang_now
    });
    on_cleanup(move || {
        handle_store.with_value(|h| {
            if let Some(echarts) = h.borrow_mut().take() {
                echarts_dispose(&echarts);
            }
        });
    });
    view! {
        <figure class="chart">
            <div id=element_id class="chart-canvas" role="img" aria-label=move || label.get() inner_html=drawing></div>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::strategy::{Cumulative, Target, Unit};
    use model::Text;

    fn indicator() -> Indicator {
        Indicator {
            id: "4.1.5".into(),
            name: Text::new(
                "Təlim keçmiş vətəndaşların sayı",
                "Number of citizens trained",
            ),
            unit: Unit::Persons,
            unit_printed: Text::new("nəfər", "people"),
            targets: [
                (2026, 3000.0),
                (2027, 8000.0),
                (2028, 20000.0),
                (2029, 40000.0),
            ]
            .into_iter()
            .map(|(year, value)| Target {
                year,
                value,
                printed: String::new(),
            })
            .collect(),
            cumulative: Cumulative::NotStated,
        }
    }

    #[test]
    fn years_without_actuals_are_gaps_not_zeros() {
        let points = chart_points(&indicator(), 2026..=2029, |year| {
            (year == 2026).then_some(2500.0)
        });
        assert_eq!(points[0].actual, Some(2500.0));
        assert!(points[1..].iter().all(|p| p.actual.is_none()));
        let json = serde_json::to_string(&build_chart(&points, Lang::En)).unwrap();
        assert!(json.contains(r#"[2500.0,"-","-","-"]"#), "{json}");
        assert!(!json.contains(r#"[2500.0,0"#));
    }

    #[test]
    fn odd_values_never_reach_the_chart() {
        let points = chart_points(&indicator(), 2026..=2029, |_| Some(f64::NAN));
        assert!(points.iter().all(|p| p.actual.is_none()));
    }
}
