//! The `newsclean` command; all of its logic lives in `cli`.
mod cli;

fn main() {
    std::process::exit(cli::run());
}
