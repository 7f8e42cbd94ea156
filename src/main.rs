//! The `newsclean` command; all of its logic lives in `cli`.
fn main() {
    std::process::exit(newsclean_cli::run());
}

#[path = "cli/mod.rs"]
mod newsclean_cli;
