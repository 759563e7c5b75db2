//! Entry point of the browser app: installs the panic hook and mounts the app.

fn main() {
    console_error_panic_hook::set_once();
    strategy_site::mount();
}
