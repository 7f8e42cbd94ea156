//! `date-line`: a line that is only a date (with its label, time and
//! perhaps the section), kept as metadata.
//!
//! What it removes: publication and update stamps, in the usual formats of
//! English, German, French, Spanish, Portuguese, Italian, Polish and Russian
//! pages, with their labels ("Published", "Stand:", "Publié le", "Publicado
//! em") and times (`14:30`, `10h42`).
//! A short remainder written as a label ("WORLD") is read as the section.
//! A side of the date that a "By"-word opens, after a label or not, is the
//! byline instead ("By Jane Doe", "Posted by Jane Doe on", "… by Jane
//! Doe"), and the other side is then no section (an outlet, a wire).
//! Why: the date belongs in metadata (`published`, ISO 8601), not the body.
//! Example: `August 4, 2025`, `date 2025-08-04 WORLD`, `Stand: 12.03.2025 14:30 Uhr`.

use super::{Context, Lazy, MetaValue, Rule, RuleVerdict};
use crate::blocks::Block;
use regex::Regex;
use std::sync::Arc;

pub(crate) struct DateLine {
    date: Arc<Lazy<Regex>>,
}

impl DateLine {
    /// `date` is [`date_regex`], compiled once for every rule that reads dates.
    pub(crate) fn new(date: Arc<Lazy<Regex>>) -> DateLine {
        DateLine { date }
    }
}

pub(crate) fn date_regex() -> Arc<Lazy<Regex>> {
    Arc::new(super::regex(DATE_PATTERN))
}

/// The date formats: `2025-08-04` (with an ISO 8601 time, `T10:00:00Z`,
/// if it has one: the `T` and `Z` are letters, which the boundary would
/// refuse), `4.8.2025`, `August 4th, 2025`, `4 août 2025`, `4 de agosto de
/// 2025`, with no letter or digit (in any script) just around. The
/// numbers' digits are ASCII, `[0-9]` and not `\d`: other digits never
/// parsed as a date's numbers, and each Unicode class costs compiling,
/// which every process pays (`\d` in the numbers was a quarter of the
/// pattern's 22.8 M instructions to compile).
/// `DATE_PATTERN_READABLE`, in the tests, says it shortest. This is the
/// same pattern (tests hold their syntax trees equal) with case folding
/// only where it changes something: folding all of `\p{L}` adds one
/// character, U+0345, and made compiling the pattern a quarter slower,
/// which a page per process pays for every page.
const DATE_PATTERN: &str = concat!(
    r"(?:^|[^\p{L}\x{345}\d])(?:(?P<y1>[0-9]{4})-(?P<m1>[0-9]{1,2})-(?P<d1>[0-9]{1,2})",
    r"(?:[Tt][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?[Zz]?)?",
    r"|(?P<d2>[0-9]{1,2})[./](?P<m2>[0-9]{1,2})[./](?P<y2>[0-9]{4})",
    r"|(?P<mn3>[\p{L}\x{345}]{3,})\.?\s+(?P<d3>[0-9]{1,2})(?i:st|nd|rd|th)?,?\s+(?P<y3>[0-9]{4})",
    r"|(?P<d4>[0-9]{1,2})(?:\.|(?i:er)|º|°)?\s+(?:(?i:de)\s+)?(?P<mn4>[\p{L}\x{345}]{3,})\.?,?\s+(?:(?i:de)\s+)?(?P<y4>[0-9]{4}))",
    r"(?:$|[^\p{L}\x{345}\d])"
);

/// [`DATE_PATTERN`] as written before, with case folding throughout.
#[cfg(test)]
const DATE_PATTERN_READABLE: &str = concat!(
    r"(?i)(?:^|[^\p{L}\d])(?:(?P<y1>[0-9]{4})-(?P<m1>[0-9]{1,2})-(?P<d1>[0-9]{1,2})",
    r"(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?Z?)?",
    r"|(?P<d2>[0-9]{1,2})[./](?P<m2>[0-9]{1,2})[./](?P<y2>[0-9]{4})",
    r"|(?P<mn3>\p{L}{3,})\.?\s+(?P<d3>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?P<y3>[0-9]{4})",
    r"|(?P<d4>[0-9]{1,2})(?:\.|er|º|°)?\s+(?:de\s+)?(?P<mn4>\p{L}{3,})\.?,?\s+(?:de\s+)?(?P<y4>[0-9]{4}))(?:$|[^\p{L}\d])"
);

/// `f` of `word`'s lowercase. An ASCII word of up to 32 bytes, as month
/// names and labels are, is lowered on the stack: no allocation per word
/// of every date line.
fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0u8; 32];
    match buffer.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            f(std::str::from_utf8(lower).expect("ASCII"))
        }
        _ => f(&word.to_lowercase()),
    }
}

/// The month number of a month name or abbreviation in the languages we read.
pub(crate) fn month_number(name: &str) -> Option<u32> {
    with_lowercase(name, month_number_of_lowercase)
}

/// [`month_number`] of a name already lowercased.
fn month_number_of_lowercase(lower: &str) -> Option<u32> {
    let n =
        match lower.trim_end_matches('.') {
            "january" | "jan" | "januar" | "jänner" | "janvier" | "enero" | "janeiro" | "gennaio" | "stycznia"
            | "styczeń" | "января" | "январь" | "januari" | "janv" | "ene" => 1,
            "february" | "feb" | "februar" | "février" | "fevrier" | "febrero" | "fevereiro" | "febbraio"
            | "lutego" | "luty" | "февраля" | "февраль" | "februari" | "févr" | "fev" | "fév" => 2,
            "march" | "mar" | "märz" | "mars" | "marzo" | "março" | "marca" | "marzec" | "марта" | "март" | "maart"
            | "mär" => 3,
            "april" | "apr" | "avril" | "abril" | "aprile" | "kwietnia" | "kwiecień" | "апреля" | "апрель" | "avr"
            | "abr" => 4,
            "may" | "mai" | "mayo" | "maio" | "maggio" | "maja" | "maj" | "мая" | "май" | "mei" => 5,
            "june" | "jun" | "juni" | "juin" | "junio" | "junho" | "giugno" | "czerwca" | "czerwiec" | "июня"
            | "июнь" => 6,
            "july" | "jul" | "juli" | "juillet" | "julio" | "julho" | "luglio" | "lipca" | "lipiec" | "июля"
            | "июль" | "juil" => 7,
            "august" | "aug" | "août" | "aout" | "agosto" | "sierpnia" | "sierpień" | "августа" | "август"
            | "augustus" | "ago" => 8,
            "september" | "sep" | "sept" | "septembre" | "septiembre" | "setembro" | "settembre" | "września"
            | "wrzesień" | "сентября" | "сентябрь" | "set" => 9,
            "october" | "oct" | "oktober" | "octobre" | "octubre" | "outubro" | "ottobre" | "października"
            | "październik" | "октября" | "октябрь" | "okt" | "out" | "ott" => 10,
            "november" | "nov" | "novembre" | "noviembre" | "novembro" | "listopada" | "listopad" | "ноября"
            | "ноябрь" => 11,
            "december" | "dec" | "dezember" | "décembre" | "decembre" | "diciembre" | "dezembro" | "dicembre"
            | "grudnia" | "grudzień" | "декабря" | "декабрь" | "dez" | "déc" | "dic" => 12,
            _ => return None,
        };
    Some(n)
}

/// ISO 8601 for a year, month and day that make a real calendar date.
pub(crate) fn iso_date(year: u32, month: u32, day: u32) -> Option<String> {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1900..=2100).contains(&year) && (1..=days).contains(&day)).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// A date found in a line: its ISO form and its byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundDate {
    pub iso: String,
    pub start: usize,
    pub end: usize,
}

/// The first real date written in `text`.
///
/// The pattern finds where each date is; its groups (year, month, day) are
/// read by [`ascii_date_parts`] when the match is all ASCII, as most are.
/// The pattern's own groups cost a search with a bounded backtracker whose
/// table, sized by the pattern's Unicode classes, is cleared on every
/// call: about 10 K instructions a date. Other matches still ask the
/// pattern for its groups. A property test holds the two ways to agree.
pub(crate) fn find_date(date: &Regex, text: &str) -> Option<FoundDate> {
    for found in date.find_iter(text) {
        let span = found.as_str();
        let parts = if span.is_ascii() {
            ascii_date_parts(span)
        } else {
            date.captures_at(text, found.start()).and_then(|caps| date_parts(&caps))
        };
        if let Some((year, Some(month), Some(day))) = parts {
            if let Some(iso) = calendar_date(span, year, month, day) {
                return Some(FoundDate { iso, start: found.start(), end: found.end() });
            }
        }
    }
    None
}

/// ISO 8601 for the date a match `span` of [`DATE_PATTERN`] writes as
/// `year`, `month` and `day`. Slash dates are read day first (`4/8/2025` is
/// 4 August), as most of the world writes them, unless only the other order
/// makes a date: `8/24/2025` is 24 August, as the United States writes it.
fn calendar_date(span: &str, year: u32, month: u32, day: u32) -> Option<String> {
    iso_date(year, month, day).or_else(|| {
        let form = span.trim_matches(|c: char| !c.is_alphanumeric());
        form.contains('/').then(|| iso_date(year, day, month)).flatten()
    })
}

/// Year, month and day as the pattern's groups give them (`None` where a
/// group does not parse).
type DateParts = (u32, Option<u32>, Option<u32>);

/// The year, month and day of one match of [`DATE_PATTERN`], from its groups.
fn date_parts(caps: &regex::Captures<'_>) -> Option<DateParts> {
    let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    let month_of = |name: &str| caps.name(name).and_then(|m| month_number(m.as_str()));
    if let Some(y) = num("y1") {
        Some((y, num("m1"), num("d1")))
    } else if let Some(y) = num("y2") {
        Some((y, num("m2"), num("d2")))
    } else if let Some(y) = num("y3") {
        Some((y, month_of("mn3"), num("d3")))
    } else {
        num("y4").map(|y| (y, month_of("mn4"), num("d4")))
    }
}

/// What [`date_parts`] reads off an all-ASCII match `span` of
/// [`DATE_PATTERN`], without the pattern.
///
/// The match is a boundary, one of the four forms, and a boundary. A form
/// starts with a letter or digit and ends with a digit (or the `Z` of an
/// ISO time), and a boundary is neither (or the text's start or end, and
/// empty). So the boundary before the form is the span's first character
/// unless that is a letter or digit, and the one after it is the last
/// unless that is a digit or a `Z`. The pattern's first form that
/// matches what is left is the one it took, and in each form every piece
/// is a different kind of character, so the groups are where they must
/// be. In ASCII the pattern's classes are plain: `\d` is 0-9, a letter is
/// a-z in either case, `\s` is tab to carriage return and space.
fn ascii_date_parts(span: &str) -> Option<DateParts> {
    let bytes = span.as_bytes();
    let skip_first = !bytes.first()?.is_ascii_alphanumeric();
    let skip_last = !matches!(bytes.last()?, b'0'..=b'9' | b'Z' | b'z');
    let form = span.get(usize::from(skip_first)..bytes.len().checked_sub(usize::from(skip_last))?)?;
    let cursor = DateCursor { text: form, at: 0 };
    let separator = |c: &mut DateCursor<'_>| c.byte(b'.') || c.byte(b'/');
    // `2025-08-04`
    let mut c = cursor.clone();
    if let Some(year) = c.exactly_four_digits() {
        if c.byte(b'-') {
            if let Some(month) = c.digits(2) {
                if c.byte(b'-') {
                    if let Some(day) = c.digits(2) {
                        c.iso_time();
                        if c.at_end() {
                            return Some((year, Some(month), Some(day)));
                        }
                    }
                }
            }
        }
    }
    // `4.8.2025`, `04/08/2025`
    let mut c = cursor.clone();
    if let Some(day) = c.digits(2) {
        if separator(&mut c) {
            if let Some(month) = c.digits(2) {
                if separator(&mut c) {
                    if let Some(year) = c.exactly_four_digits() {
                        if c.at_end() {
                            return Some((year, Some(month), Some(day)));
                        }
                    }
                }
            }
        }
    }
    // `August 4th, 2025`
    let mut c = cursor.clone();
    if let Some(name) = c.name() {
        c.byte(b'.');
        if c.spaces() {
            if let Some(day) = c.digits(2) {
                c.either_case(["st", "nd", "rd", "th"]);
                c.byte(b',');
                if c.spaces() {
                    if let Some(year) = c.exactly_four_digits() {
                        if c.at_end() {
                            return Some((year, month_number(name), Some(day)));
                        }
                    }
                }
            }
        }
    }
    // `4 août 2025`, `4 de agosto de 2025`, `4. August 2025`, `1er mai 2025`
    let mut c = cursor;
    let day = c.digits(2)?;
    let _ = c.byte(b'.') || c.either_case(["er"]);
    if !c.spaces() {
        return None;
    }
    c.de();
    let name = c.name()?;
    c.byte(b'.');
    c.byte(b',');
    if !c.spaces() {
        return None;
    }
    c.de();
    let year = c.exactly_four_digits()?;
    c.at_end().then(|| (year, month_number(name), Some(day)))
}

/// A position in an all-ASCII date form, for [`ascii_date_parts`]. Each
/// step takes what the pattern's piece would and says whether it could;
/// an optional piece is taken whenever it is there, as the pattern takes
/// it (what follows each could not match it instead).
#[derive(Clone)]
struct DateCursor<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> DateCursor<'t> {
    fn rest(&self) -> &'t [u8] {
        &self.text.as_bytes()[self.at..]
    }

    fn at_end(&self) -> bool {
        self.at == self.text.len()
    }

    /// One byte `b`, if it is next.
    fn byte(&mut self, b: u8) -> bool {
        let next = self.rest().first() == Some(&b);
        self.at += usize::from(next);
        next
    }

    /// A run of digits, if it is one to `most` long (in every form, what
    /// follows a run of digits is not a digit), and its value.
    fn digits(&mut self, most: usize) -> Option<u32> {
        let run = self.rest().iter().take_while(|b| b.is_ascii_digit()).count();
        if run == 0 || run > most {
            return None;
        }
        let value = self.rest()[..run].iter().fold(0, |n, b| n * 10 + u32::from(b - b'0'));
        self.at += run;
        Some(value)
    }

    fn exactly_four_digits(&mut self) -> Option<u32> {
        let start = self.at;
        self.digits(4).filter(|_| self.at - start == 4)
    }

    /// A month's name: a run of three or more letters.
    fn name(&mut self) -> Option<&'t str> {
        let run = self.rest().iter().take_while(|b| b.is_ascii_alphabetic()).count();
        let name = self.text.get(self.at..self.at + run).filter(|_| run >= 3)?;
        self.at += run;
        Some(name)
    }

    /// One or more of `\s` (tab to carriage return, and space).
    fn spaces(&mut self) -> bool {
        let run = self.rest().iter().take_while(|&&b| super::opening::is_space_byte(b)).count();
        self.at += run;
        run > 0
    }

    /// One of `words`, in either case, if it is next.
    fn either_case<const N: usize>(&mut self, words: [&str; N]) -> bool {
        let rest = self.rest();
        let found = words.iter().find(|w| rest.get(..w.len()).is_some_and(|r| r.eq_ignore_ascii_case(w.as_bytes())));
        self.at += found.map_or(0, |w| w.len());
        found.is_some()
    }

    /// Exactly two digits.
    fn two_digits(&mut self) -> bool {
        let start = self.at;
        self.digits(2).is_some() && self.at - start == 2
    }

    /// The optional time of an ISO 8601 date (`T10:00`, `T10:00:00.123Z`),
    /// taken as the pattern takes it: whole, or not at all.
    fn iso_time(&mut self) {
        let mut time = self.clone();
        if !(time.either_case(["t"]) && time.two_digits() && time.byte(b':') && time.two_digits()) {
            return;
        }
        let mut seconds = time.clone();
        if seconds.byte(b':') && seconds.two_digits() {
            let mut fraction = seconds.clone();
            if fraction.byte(b'.') && fraction.digits(9).is_some() {
                seconds = fraction;
            }
            time = seconds;
        }
        time.either_case(["z"]);
        *self = time;
    }

    /// `de` and spaces (Spanish and Portuguese dates), if they are next.
    fn de(&mut self) {
        let before = self.at;
        if !(self.either_case(["de"]) && self.spaces()) {
            self.at = before;
        }
    }
}

/// Words that may stand beside a date in a date line without making it prose.
fn is_date_label(word: &str) -> bool {
    matches!(
        word,
        "published"
            | "publish"
            | "updated"
            | "update"
            | "posted"
            | "date"
            | "dated"
            | "last"
            | "first"
            | "modified"
            | "on"
            | "at"
            | "am"
            | "pm"
            | "gmt"
            | "utc"
            | "est"
            | "edt"
            | "cst"
            | "cdt"
            | "pst"
            | "pdt"
            | "bst"
            | "cet"
            | "cest"
            | "ist"
            | "et"
            | "pt"
            | "jst"
            | "kst"
            | "msk"
            | "aest"
            | "wib"
            | "stand"
            | "uhr"
            | "um"
            | "vom"
            | "veröffentlicht"
            | "aktualisiert"
            | "zuletzt"
            | "publié"
            | "publiée"
            | "le"
            | "mis"
            | "jour"
            | "publicado"
            | "actualizado"
            | "actualización"
            | "el"
            | "de"
            | "del"
            | "las"
            | "los"
            | "hs"
            | "pubblicato"
            | "aggiornato"
            | "il"
            | "alle"
            | "ore"
            | "opublikowano"
            | "aktualizacja"
            | "zaktualizowano"
            | "dnia"
            | "godz"
            | "опубликовано"
            | "обновлено"
            | "обновлено:"
            | "года"
            | "hours"
            | "hour"
            | "minutes"
            | "ago"
            | "time"
            | "created"
            | "edited"
            | "uploaded"
            | "and"
            | "und"
            | "et."
            | "ajour"
            | "atualizado"
            | "atualizada"
            | "atualização"
            | "publicada"
            | "em"
            | "às"
            // "Ultima modifica", "Dernière mise à jour", "Fecha de
            // publicación", "Erstellt am", "Laatst bijgewerkt op", "Data
            // publikacji", "Дата публикации": the labels of a date's kind,
            // which must neither make a date line prose nor be its section.
            | "ultima"
            | "ultimo"
            | "última"
            | "último"
            | "modifica"
            | "modificato"
            | "aggiornamento"
            | "pubblicazione"
            | "data"
            | "di"
            | "dernière"
            | "derniere"
            | "mise"
            | "modifié"
            | "modifiée"
            | "publication"
            | "fecha"
            | "publicación"
            | "modificado"
            | "modificada"
            | "modificación"
            | "actualizada"
            | "publicação"
            | "erstellt"
            | "geändert"
            | "datum"
            | "publikationsdatum"
            | "veröffentlichungsdatum"
            | "gepubliceerd"
            | "bijgewerkt"
            | "laatst"
            | "geplaatst"
            | "op"
            | "publikacji"
            | "aktualizacji"
            | "дата"
            | "публикации"
            | "обновления"
            | "изменено"
    ) || is_weekday(word)
}

/// Whether a lowercase word is a weekday's name or abbreviation in the
/// languages we read. A date line may carry one beside its date; a
/// "By"-word before one opens a sentence ("By Friday, …"), not a byline.
pub(crate) fn is_weekday(word: &str) -> bool {
    matches!(
        word,
        "mon"
            | "tue"
            | "tues"
            | "wed"
            | "thu"
            | "thur"
            | "thurs"
            | "fri"
            | "sat"
            | "sun"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "montag"
            | "dienstag"
            | "mittwoch"
            | "donnerstag"
            | "freitag"
            | "samstag"
            | "sonntag"
            | "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "lunes"
            | "martes"
            | "miércoles"
            | "jueves"
            | "viernes"
            | "sábado"
            | "domingo"
            | "segunda"
            | "terça"
            | "quarta"
            | "quinta"
            | "sexta"
            | "feira"
            | "lunedì"
            | "martedì"
            | "mercoledì"
            | "giovedì"
            | "venerdì"
            | "sabato"
            | "poniedziałek"
            | "wtorek"
            | "środa"
            | "czwartek"
            | "piątek"
            | "sobota"
            | "niedziela"
    )
}

/// Splits glued words ("GMTUpdated") at a lowercase-to-uppercase or
/// UPPER-to-Capitalized boundary.
fn split_glued(word: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let mut parts = Vec::new();
    let mut start = 0;
    for i in 1..chars.len() {
        let (pos, c) = chars[i];
        let prev = chars[i - 1].1;
        let next_lower = chars.get(i + 1).is_some_and(|(_, n)| n.is_lowercase());
        if c.is_uppercase() && (prev.is_lowercase() || (prev.is_uppercase() && next_lower)) {
            parts.push(&word[start..pos]);
            start = pos;
        }
    }
    parts.push(&word[start..]);
    parts
}

/// Section name as printed: an all-caps label gets title case.
fn section_name(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| {
            if w.chars().all(|c| !c.is_lowercase()) {
                let mut cs = w.chars();
                let first = cs.next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
                first + &cs.as_str().to_lowercase()
            } else {
                (*w).to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

impl Rule for DateLine {
    fn name(&self) -> &'static str {
        "date-line"
    }
    fn doc(&self) -> &'static str {
        "Removes lines that only state a date (with a label, a time, perhaps the section or the \
         author) and keeps the date, in ISO 8601, and the section or byline as metadata. Example: \
         `August 4, 2025`, `date 2025-08-04 WORLD`, `Stand: 12.03.2025 14:30 Uhr`, \
         `By Jane Doe, 4 August 2025`."
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        let block = ctx.block();
        // Every date format we read has a four-digit year.
        if block.features.words > 14 || block.features.digits < 4 {
            return None;
        }
        // The date under a quoted post is the post's, not the page's, and
        // the line its signature ("— NASA (@NASA) July 20, 2019"), where
        // the post stands.
        if signs_a_quoted_post(block) {
            return None;
        }
        let found = find_date(&self.date, block.text)?;
        // The words before the date and after it, each side split alone
        // (as if joined by a space: no word runs across the date).
        let rest = [&block.text[..found.start], &block.text[found.end..]];
        // A side that is a byline ("Written by Jane Doe on", "Posted by
        // Jane Doe, …") is the author: its words are not a section, nor
        // prose that makes the line no date line.
        let separators: &[char] = &[' ', ',', '|', '·', '•', '–', '—', '-', '/'];
        let by_side = rest.iter().enumerate().find_map(|(at, side)| {
            let side = side.trim_matches(separators);
            // The labels before a "By"-word go: "Posted by Jane Doe".
            let mut opening = side;
            while let Some((word, after)) = opening.split_once(' ') {
                if !with_lowercase(word, is_date_label) {
                    break;
                }
                opening = after.trim_start();
            }
            super::byline::names_after_by_word(opening, &is_date_label).map(|names| (at, names))
        });
        let mut residue: Vec<&str> = Vec::new();
        for word in rest
            .iter()
            .enumerate()
            .filter(|&(at, _)| by_side.as_ref().is_none_or(|(by, _)| *by != at))
            .flat_map(|(_, side)| side.split(|c: char| !c.is_alphabetic()))
            .filter(|w| w.chars().count() > 1)
        {
            for part in split_glued(word) {
                // "By" before a day is a sentence's opening, not a section,
                // and "Written by" before one no author.
                let keep = |lower: &str| {
                    !matches!(lower, "by" | "written")
                        && !is_date_label(lower)
                        && month_number_of_lowercase(lower).is_none()
                };
                if with_lowercase(part, keep) {
                    residue.push(part);
                }
            }
        }
        let section = match residue.len() {
            0 => None,
            // A label, not prose: capitalized, no sentence punctuation.
            1..=3
                if !block.features.terminal
                    && residue.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase)) =>
            {
                Some(section_name(&residue))
            }
            _ => return None,
        };
        // Beside an author, the other side names the outlet or the
        // wire ("By Jane Doe | August 4, 2025 | Reuters"), not a section.
        let (section, byline) = match by_side {
            Some((_, names)) => (None, Some(names.into_owned())),
            None => (section, None),
        };
        Some(RuleVerdict::Meta(Box::new(MetaValue::Date { iso: Some(found.iso), section, byline })))
    }
}

/// Whether a line signs a post quoted on the page ([`quoted_post_handle`]).
pub(crate) fn signs_a_quoted_post(block: &Block) -> bool {
    quoted_post_handle(block).is_some()
}

/// The handle of the post that a line signs, as a social network's
/// embedding code renders the signature when its script does not run: a
/// dash, the author's name (a few words), the handle in brackets, then the
/// date and nothing else ("— Jane Doe (@janedoe) November 18, 2019", "—
/// ZDF heute (@ZDFheute) 26. Mai 2019"). A comment's "… 2019 at 3:14 pm"
/// or "… 2019 Reply" is no such date.
pub(crate) fn quoted_post_handle<'t>(block: &Block<'t>) -> Option<&'t str> {
    /// The longest handle: fifteen characters on Twitter, a few more for
    /// other networks' handles of the same form (`@name.bsky.social`).
    const MAX_HANDLE: usize = 30;
    /// A display name: "tall glass of coquito 🎄".
    const MAX_NAME_WORDS: usize = 6;
    const MARKS: u128 = crate::blocks::ascii_set(b"(@)");
    if block.features.ascii_marks & MARKS != MARKS {
        return None;
    }
    let text = block.text.trim();
    let rest = text.strip_prefix(['—', '–', '-'])?;
    let open = rest.find("(@")?;
    let (name, handle) = (rest[..open].trim(), &rest[open + 2..]);
    let handle_len = handle.bytes().take_while(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.').count();
    let name_words = name.split_whitespace().count();
    let signature = rest.starts_with(char::is_whitespace)
        && (1..=MAX_NAME_WORDS).contains(&name_words)
        && !name.contains(',')
        && (1..=MAX_HANDLE).contains(&handle_len)
        && handle[handle_len..].strip_prefix(')').is_some_and(is_a_post_date);
    signature.then(|| &handle[..handle_len])
}

/// Whether `text` is a post's date alone: up to five words, the last the
/// year, one of the others a day's number and the rest words, a month
/// among them ([`month_number`]): "November 18, 2019", "26. Mai 2019", "4
/// de mayo de 2022"; or one word that opens with the year, as Chinese and
/// Japanese write it ("2019年11月18日"). "since 2019" is no date.
fn is_a_post_date(text: &str) -> bool {
    const MAX_WORDS: usize = 5;
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some((year, others)) = words.split_last() else { return false };
    let year_digits = year.bytes().take_while(u8::is_ascii_digit).count();
    let of_our_time = year_digits == 4 && (year.starts_with("19") || year.starts_with("20"));
    if others.is_empty() {
        return of_our_time && year[4..].starts_with('年');
    }
    let is_day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let words_ok = others.iter().all(|w| {
        let w = w.trim_end_matches([',', '.']);
        !w.is_empty() && (w.chars().all(char::is_alphabetic) || is_day(w))
    });
    let one_day = others.iter().filter(|w| is_day(w.trim_end_matches([',', '.']))).count() == 1;
    let a_month = || others.iter().any(|w| month_number(w.trim_end_matches(',')).is_some());
    words.len() <= MAX_WORDS && of_our_time && matches!(&year[4..], "" | ".") && words_ok && one_day && a_month()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, meta_of, Expect::*};

    #[test]
    fn stack_lowercase_is_the_lowercase() {
        let long = "A".repeat(33);
        for word in ["", "March", "SEPT.", "Déc", "MÄRZ", "Published", "x", &long, &long[..32]] {
            assert_eq!(with_lowercase(word, str::to_owned), word.to_lowercase(), "{word:?}");
        }
    }

    /// [`find_date`] by the pattern's groups alone: the definition.
    fn find_date_by_groups(date: &Regex, text: &str) -> Option<FoundDate> {
        date.captures_iter(text).find_map(|caps| {
            let (year, month, day) = date_parts(&caps)?;
            let whole = caps.get(0).expect("group 0");
            let iso = calendar_date(whole.as_str(), year, month?, day?)?;
            Some(FoundDate { iso, start: whole.start(), end: whole.end() })
        })
    }

    /// Pieces of dates and of what looks like them, in ASCII and not.
    const DATE_PIECES: &[&str] = &[
        "2025",
        "202",
        "20251",
        "08",
        "8",
        "31",
        "123",
        "0",
        "-",
        ".",
        "/",
        ",",
        " ",
        "  ",
        "\t",
        "\u{b}",
        "(",
        ")",
        ":",
        "August",
        "aug",
        "Aug.",
        "MAR",
        "Sept",
        "de",
        "DE",
        "er",
        "st",
        "Th",
        "nd",
        "x",
        "ab",
        "août",
        "März",
        "мая",
        "º",
        "°",
        "\u{a0}",
        "\u{345}",
        "ſt",
        "٤",
        "\u{663}",
        "é",
        "2025-08-04",
        "4.8.2025",
        "1er",
        "de ",
        "T",
        "t",
        "Z",
        "10:00",
        ":00",
        ".5",
        "+02:00",
        "2025-08-04T10:00:00Z",
        "8/24/2025",
    ];

    proptest::proptest! {
        #[test]
        fn dates_read_without_the_groups_are_the_groups_dates(
            pieces in proptest::collection::vec(proptest::sample::select(DATE_PIECES), 1..12)
        ) {
            let date = date_regex();
            let text = pieces.concat();
            proptest::prop_assert_eq!(find_date(&date, &text), find_date_by_groups(&date, &text), "{:?}", text);
        }
    }

    #[test]
    fn dates_read_without_the_groups_on_the_fixtures() {
        let date = date_regex();
        let mut found = 0;
        let mut lines = crate::rules::testing::fixture_lines();
        lines.extend(
            [
                "August 4th, 2025",
                "4 de agosto de 2025",
                "1er mai 2025",
                "Mar. 3, 2024",
                "12. März 2025",
                "(2025-08-04)",
                "2025-08-04",
                "x 4/8/2025 y",
                "4.8.2025.",
                "AUG 4 2025",
                "4 DE Mayo DE 2025",
                "Sept. 31, 2025",
                "31.02.2024",
                "on 2025-8-4",
                "April 1ST, 2020",
                "2 août 2024",
                "7. Mai 2023,",
                "Aug\u{b}4,\u{c}2025",
                "4\tde\u{b}mayo de\u{c}2025",
                "x2025-08-04",
                "2025-08-04x",
                "4 de dezembro 2025",
                "4 Aug. 2025",
                "4 Aug., 2025",
                "Aug. 4, 2025",
                "2025-08-04T10:00:00Z",
                "2025-08-04t10:00:00.123z,",
                "2025-08-04T10:00+02:00",
                "2025-08-04T10:00:0",
                "2025-08-04T10",
                "2025-08-04T10:00:00.1234567890Z",
                "8/24/2025",
                "24/8/2025",
                "13/13/2025",
            ]
            .map(str::to_owned),
        );
        for line in &lines {
            let by_groups = find_date_by_groups(&date, line);
            found += usize::from(by_groups.is_some());
            assert_eq!(find_date(&date, line), by_groups, "{line:?}");
        }
        assert!(found > 20, "{found}");
    }

    fn date(iso: &str, section: Option<&str>) -> Option<MetaValue> {
        Some(MetaValue::Date { iso: Some(iso.to_owned()), section: section.map(str::to_owned), byline: None })
    }

    /// A byline beside the date is the author, not the section; a day
    /// after "By" is no author.
    #[test]
    fn a_byline_beside_the_date_is_no_section() {
        let rule = DateLine::new(date_regex());
        for line in ["By Friday, August 4, 2025", "Written by June on August 4, 2025"] {
            let blocks = crate::blocks::test_blocks(line);
            let want = MetaValue::Date { iso: Some("2025-08-04".into()), section: None, byline: None };
            assert_eq!(
                rule.classify(&Context::new(&blocks, 0, false)),
                Some(RuleVerdict::Meta(Box::new(want))),
                "{line}"
            );
        }
        for (line, names) in [
            ("By Jane Doe, 4 August 2025", "Jane Doe"),
            ("BY JANE DOE, AUGUST 4, 2025", "JANE DOE"),
            ("By Jane Doe | August 4, 2025", "Jane Doe"),
            ("Von Anna Schmidt, 04.08.2025", "Anna Schmidt"),
            ("By Jane Doe on August 4, 2025", "Jane Doe"),
            ("Par Marie Dupont, 4 août 2025", "Marie Dupont"),
            ("Written by Jane Doe on August 4, 2025", "Jane Doe"),
            ("Posted by Jane Doe on August 4, 2025", "Jane Doe"),
            ("August 4, 2025 by Jane Doe", "Jane Doe"),
            ("By Jane Doe | August 4, 2025 | Reuters", "Jane Doe"),
            // The writer's handle or address is not their name.
            ("By Eric Levitz @EricLevitz | August 4, 2025", "Eric Levitz"),
            ("Por Mariano Martín mmartin@ambito.com.ar, 4 de agosto de 2025", "Mariano Martín"),
            ("By Jane Doe @janedoe and John Roe @jroe | August 4, 2025", "Jane Doe and John Roe"),
            ("By Jo Ng @jong | August 4, 2025", "Jo Ng"),
            ("By Jane Doe @CNN | August 4, 2025", "Jane Doe"),
            // A handle alone is the byline.
            ("By @janedoe | August 4, 2025", "@janedoe"),
        ] {
            let blocks = crate::blocks::test_blocks(line);
            let verdict = rule.classify(&Context::new(&blocks, 0, false));
            let want = MetaValue::Date { iso: Some("2025-08-04".into()), section: None, byline: Some(names.into()) };
            assert_eq!(verdict, Some(RuleVerdict::Meta(Box::new(want))), "{line}");
        }
    }

    #[test]
    fn table() {
        check(
            &DateLine::new(date_regex()),
            &[
                ("August 4, 2025", Meta),
                ("Aug. 4, 2025 10:42 AM GMT", Meta),
                ("March 3, 2025 10:42 AM GMTUpdated 2 hours ago", Meta),
                ("Published: 4 August 2025", Meta),
                ("Stand: 12.03.2025 14:30 Uhr", Meta),
                ("Publié le 4 août 2025 à 10h12", Meta),
                ("Publicado el 4 de agosto de 2025", Meta),
                // Portuguese labels take "em" before the date; `10h42` is a time.
                ("Publicado em 4 de agosto de 2025", Meta),
                ("Atualizado em 04/08/2025 10h42", Meta),
                ("Publicada em 04/08/2025 às 10h42, atualizada em 05/08/2025", Meta),
                ("4 sierpnia 2025", Meta),
                ("Monday 4 August 2025 09.00 BST", Meta),
                ("date 2025-08-04 WORLD", Meta),
                // Two dates, each with its labels.
                ("Pubblicato il 4 Agosto 2025 Ultima modifica 5 Agosto 2025 12:02", Meta),
                ("Publié le 4 août 2025 à 12h02, modifié le 5 août 2025 à 10h00", Meta),
                ("Dernière mise à jour : 4 août 2025", Meta),
                ("Gepubliceerd op 4 augustus 2025", Meta),
                ("The ceasefire took effect on August 4, 2025, after weeks of talks.", Pass),
                ("Il governo ha approvato la modifica il 4 agosto 2025 dopo il voto.", Pass),
                ("Elections are due on 4 May 2026 and the polls are open.", Pass),
                ("32 August 2025", Pass),
                ("Top US, Pakistan diplomats discuss regional issues", Pass),
            ],
        );
    }

    #[test]
    fn dates_are_iso() {
        let rule = DateLine::new(date_regex());
        assert_eq!(meta_of(&rule, "date 2025-08-04 WORLD"), date("2025-08-04", Some("World")));
        assert_eq!(meta_of(&rule, "August 4, 2025"), date("2025-08-04", None));
        // A date's labels are no section.
        for line in [
            "Erstellt am 04.08.2025",
            "Última actualización: 4 de agosto de 2025",
            "Fecha de publicación: 04/08/2025",
            "Data di pubblicazione: 04/08/2025",
            "Publikationsdatum: 04.08.2025",
            "Дата публикации: 04.08.2025",
        ] {
            assert_eq!(meta_of(&rule, line), date("2025-08-04", None), "{line}");
        }
        assert_eq!(meta_of(&rule, "Stand: 12.03.2025 14:30 Uhr"), date("2025-03-12", None));
        assert_eq!(meta_of(&rule, "Publié le 4 août 2025 à 10h12"), date("2025-08-04", None));
        assert_eq!(meta_of(&rule, "Atualizado em 04/08/2025 10h42"), date("2025-08-04", None));
        assert_eq!(meta_of(&rule, "4 августа 2025"), date("2025-08-04", None));
        assert_eq!(meta_of(&rule, "Politics | 29 Feb 2024"), date("2024-02-29", Some("Politics")));
        assert_eq!(meta_of(&rule, "Published 2025-08-04T10:00:00Z"), date("2025-08-04", None));
        assert_eq!(meta_of(&rule, "2025-08-04T10:00:00.123+02:00"), date("2025-08-04", None));
        assert_eq!(meta_of(&rule, "Updated 8/24/2025 10:00 AM"), date("2025-08-24", None));
        assert_eq!(meta_of(&rule, "4/8/2025"), date("2025-08-04", None));
        assert_eq!(meta_of(&rule, "4.8.2025"), date("2025-08-04", None));
        assert_eq!(meta_of(&rule, "8.24.2025"), None, "dots are the day-first order only");
    }

    /// A date's numbers are ASCII digits; a digit of another script next
    /// to one is still a digit, so no date is read out of the middle of a
    /// number. Dates in other digits are not read (they never parsed).
    #[test]
    fn numbers_are_ascii_digits_and_boundaries_any_digit() {
        let rule = DateLine::new(date_regex());
        assert_eq!(meta_of(&rule, "٤/٨/٢٠٢٥"), None);
        assert_eq!(meta_of(&rule, "४ August २०२५"), None);
        assert_eq!(meta_of(&rule, "٣4.8.2025"), None, "an Arabic-Indic digit before");
        assert_eq!(meta_of(&rule, "4.8.2025٣"), None, "an Arabic-Indic digit after");
        assert_eq!(meta_of(&rule, "٤/٨/٢٠٢٥ 4.8.2025"), date("2025-08-04", None));
        assert_eq!(meta_of(&rule, "１２ August 2025"), None, "a full-width digit before the day");
    }

    /// The pattern compiled is the readable one: the same syntax tree,
    /// character classes included, so the same matches and groups.
    #[test]
    fn date_pattern_is_the_readable_one() {
        let parse = |p: &str| regex_syntax::parse(p).expect("a valid pattern");
        assert_eq!(parse(DATE_PATTERN), parse(DATE_PATTERN_READABLE));
        // And the test can tell: without U+0345 the trees differ.
        assert_ne!(parse(&DATE_PATTERN.replace(r"\x{345}", "")), parse(DATE_PATTERN_READABLE));
    }

    #[test]
    fn signatures_of_quoted_posts() {
        let cases = [
            ("— Jane Doe (@janedoe) November 18, 2019", true),
            ("— ZDF heute (@ZDFheute) 26. Mai 2019", true),
            ("– Solidaires Étudiant-e-s Saint-Denis (@SolidairesEtuP8) February 17, 2020", true),
            ("- Sam Roe (@sam.bsky.social) 3 March 2024", true),
            ("— Mario Raúl Negri (@marioraulnegri) 4 de mayo de 2022", true),
            ("— 日本の記者 (@kisha) 2019年11月18日", true),
            // No handle, no date, no name, or more than a date after it.
            ("— Jane Doe, November 18, 2019", false),
            ("— Jane Doe (@janedoe) yesterday", false),
            ("— (@janedoe) November 18, 2019", false),
            ("— Jane Doe (@janedoe) said on November 18, 2019 that the vote would be held again next spring", false),
            // Not under a dash: a sentence that names a handle.
            ("Follow Jane Doe (@janedoe) since November 18, 2019", false),
            ("—Jane Doe (@janedoe) November 18, 2019 was the day", false),
            ("— Jane Doe (@) November 18, 2019", false),
            ("—Jane Doe (@janedoe) November 18, 2019", false),
            ("— Doe, Jane (@janedoe) November 18, 2019", false),
            ("— Jane Doe (@janedoe) said on the 18th of November 2019", false),
            ("— Jane Doe (@janedoe) since 2019", false),
            ("— Jane Doe (@janedoe) 2019", false),
            ("— Jane Doe (@janedoe) 18 hello 2019", false),
            // A comment's date and time, a reply button, a count, a
            // sentence for a name.
            ("— Bob Smith (@bobsmith) November 18, 2019 at 3:14 pm", false),
            ("— Bob Smith (@bobsmith) November 18, 2019 Reply", false),
            ("— Jane Doe (@janedoe) 2000 likes", false),
            ("- I agree with all of this, thanks (@bob) 2019", false),
        ];
        for (line, signature) in cases {
            assert_eq!(signs_a_quoted_post(&crate::blocks::test_blocks(line)[0]), signature, "{line}");
        }
    }

    /// A post's signature is no date line: the date is the post's.
    #[test]
    fn a_quoted_post_is_no_date_line() {
        let rule = DateLine::new(date_regex());
        let blocks = crate::blocks::test_blocks("— NASA (@NASA) July 20, 2019");
        assert_eq!(rule.classify(&Context::new(&blocks, 0, false)), None);
    }

    #[test]
    fn glued_words_split() {
        assert_eq!(split_glued("GMTUpdated"), ["GMT", "Updated"]);
        assert_eq!(split_glued("iPhone"), ["i", "Phone"]);
        assert_eq!(split_glued("WORLD"), ["WORLD"]);
    }
}
