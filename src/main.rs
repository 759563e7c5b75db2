//! Entry point of the browser app: installs the panic hook and starts the app (adopting the
//! built page). Built natively (feature `ssr`) it does nothing: pages are built by `site-build`.

fn main() {
    #[cfg(feature = "hydrate")]
    {
        console_error_panic_hook::set_once();
        strategy_site::boot::start();
    }
}
