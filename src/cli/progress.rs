//! Progress on stderr for long runs: pages, pages/s and MB/s. Shown only
//! when stderr is a terminal, not with `-q`, and only once a run has lasted
//! a second, so short runs and pipelines never see it.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// How long a run goes before its progress is drawn.
const SHOW_AFTER: Duration = Duration::from_secs(1);

pub(crate) struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    bytes: u64,
    shown: bool,
}

impl Progress {
    /// A progress display; `total` pages when known (files), else a counter.
    pub(crate) fn new(quiet: bool, total: Option<u64>) -> Progress {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::hidden());
            let template =
                if total.is_some() { "{bar:30} {pos}/{len} pages  {msg}" } else { "{spinner} {pos} pages  {msg}" };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style);
            }
            bar
        });
        Progress { bar, started: Instant::now(), bytes: 0, shown: false }
    }

    /// Counts `pages` more pages of `bytes` bytes done.
    pub(crate) fn add(&mut self, pages: u64, bytes: u64) {
        let Some(bar) = &self.bar else { return };
        self.bytes += bytes;
        bar.inc(pages);
        let secs = self.started.elapsed().as_secs_f64().max(1e-9);
        bar.set_message(format!(
            "{:.0} pages/s  {:.1} MB/s",
            bar.position() as f64 / secs,
            self.bytes as f64 / 1e6 / secs
        ));
        if !self.shown && self.started.elapsed() >= SHOW_AFTER {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            self.shown = true;
        }
    }

    /// Removes the display, leaving stderr as it was.
    pub(crate) fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
