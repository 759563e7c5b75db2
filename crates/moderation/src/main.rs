//! Entry point of the moderators' page: installs the panic hook and mounts the app. Built
//! natively (workspace lints and tests) it does nothing.

fn main() {
    #[cfg(feature = "browser")]
    {
        console_error_panic_hook::set_once();
        leptos::mount::mount_to(moderation::browser::main_element(), moderation::app::App).forget();
    }
}
