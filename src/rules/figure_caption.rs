//! `figure-caption`: numbered figure captions and stock-photo credits.
//!
//! What it removes: a caption that numbers its figure ("Abbildung 4:
//! klassische Schwachschicht.", "Figure 2. Sea ice extent in March"), a
//! header picture's label ("Titelbild: Name/Agentur"), a screen reader's
//! label of a picture ("Image caption …", "Media caption …"), a gallery's
//! counter ("Image 1 of 13"), a bare credit ("Image via Getty Images"),
//! a line that
//! ends in a stock library's credit ("Erdölpumpen im Abendrot. Bild:
//! Name/Shutterstock.com"), and a news caption that opens with the kind of
//! picture ("An artist's illustration of …", "A stock image of …") or as
//! agencies date theirs ("In this Nov. 5, 2019, file photo, …", "This photo
//! provided by …"), or that places people in the picture ("Jansen (l.)
//! und Trochowski …", "Die Preisträger (v.l.n.r.): …").
//! Why: captions describe a picture the text no longer has. A numbered
//! caption reads as a sentence and the stock library's domain name ends in
//! no agency the photo-credit rule knows, so both pass as prose.
//! Example: `Abbildung 5: Oberflächenreif in einem Nordhang bei Panex (VD).`

use super::matcher::Matcher;
use super::{Context, Lazy, Rule, RuleVerdict};
use crate::blocks::{ascii_set, Features};

/// Words that number a figure ("Abbildung 4:", "Fig. 2."), lowercase.
/// The pattern and the cheap check before it are both made from this list.
const FIGURE_WORDS: &[&str] = &[
    "abbildung",
    "abb.",
    "figure",
    "fig.",
    "grafik",
    "tabelle",
    "table",
    "schaubild",
    "illustration",
    "bild",
    "figura",
    "tableau",
];

/// Labels of a header picture and its credit ("Titelbild: …"), lowercase.
const PICTURE_LABELS: &[&str] = &[
    "titelbild",
    "aufmacherbild",
    "beitragsbild",
    "headerbild",
    "header image",
    "featured image",
    "cover image",
    "bildnachweis",
    "fotonachweis",
];

/// Screen readers' labels of a picture or video and its parts, which open
/// the line ("Image caption Assange gestures …", "Media caption Who is
/// …", "Image copyright @handle"), a gallery's counter ("Image 1 of 13",
/// "Foto 3 von 12"), a credit with no caption ("Image via Getty
/// Images") and the label alone ("Фото"): lowercase words that open them,
/// the first word [`FigureCaption::is_picture_label`] reads.
const PICTURE_OPENERS: &[&str] = &["image", "media", "video", "photo", "picture", "slide", "foto", "bild", "фото"];

/// The most words of a labelled caption that ends as a sentence.
const MAX_LABELLED_WORDS: usize = 8;

/// Stock picture libraries, as a credit ending a line names them (lowercase).
pub(crate) const STOCK_LIBRARIES: &[&str] = &[
    "shutterstock",
    "fotolia",
    "istock",
    "istockphoto",
    "adobe stock",
    "adobestock",
    "stock.adobe",
    "123rf",
    "pixabay",
    "unsplash",
    "depositphotos",
    "dreamstime",
    "pexels",
    "gettyimages",
];

/// Openings of a caption that says what kind of picture it is ("An
/// artist's illustration of …", "A stock image of …"), lowercase; the
/// apostrophe may be either. News agencies' captions open so, and the rest
/// of the line reads as prose.
const KIND_OF_PICTURE: &[&str] = &[
    "an artist's illustration of ",
    "an artist's impression of ",
    "an artist's rendering of ",
    "an artist's concept of ",
    "artist's illustration of ",
    "artist's impression of ",
    "artist's rendering of ",
    "a stock image of ",
    "a stock photo of ",
    "stock image of ",
    "photo illustration by ",
    "photo illustration:",
    "file photo of ",
    "foto de archivo de",
    "imagen de archivo de",
];

/// The words of a picture that a dated caption names ("In this Nov. 5,
/// 2019, file photo, …", "This photo provided by …").
const PICTURE_WORDS: &[&str] = &["photo", "photograph", "image", "picture"];

/// The words after [`PICTURE_WORDS`] that make a caption of a line that
/// opens "In this" or "This" ("This photo provided by the police shows …").
const PICTURE_PARTICIPLES: &[&str] = &["provided", "released", "taken", "obtained", "courtesy"];

/// Month names as a dated caption abbreviates or spells them, lowercase.
const MONTHS: &[&str] = &["jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"];

/// Where a person stands in the picture, in parentheses after the name, as
/// German captions place people ("Jansen (l.) und Trochowski"), or in
/// which order ("(L-R)"), as written, without the opening parenthesis.
/// Not "(left)", "(right)" or "(centre)": they are parties' and players'
/// places in prose ("Le MoDem (centre) a annoncé …", "Ringrose (centre)
/// returns …"); not "(R.)" and "(L.)", a politician's party and a
/// botanist's name.
const POSITIONS: &[&str] = &["l.)", "r.)", "li.)", "re.)", "l-r)", "L-R)", "v.l.n.r.)", "from left)"];

/// The most words of a caption that places people ([`POSITIONS`]).
const MAX_PLACING_WORDS: usize = 50;

pub(crate) struct FigureCaption {
    /// Numbered captions and header-picture labels at the line's start.
    opening: Lazy<Matcher>,
    /// The first bytes of [`FIGURE_WORDS`] and [`PICTURE_LABELS`]: a line
    /// opening with another cannot match, and most lines stop here.
    first_bytes: [bool; 256],
    /// The first two bytes of each of [`PICTURE_OPENERS`]: every line is
    /// asked, and nearly all open with others.
    picture_first_pairs: Vec<[u8; 2]>,
}

impl FigureCaption {
    pub(crate) fn new() -> FigureCaption {
        let alternation = |words: &[&str]| words.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|");
        let opening = super::matcher([
            // "Abbildung 4:", "Fig. 2.", "Table 3 –": a number, then a separator.
            format!(r"(?i)^\W*(?:{})\s*\d{{1,3}}[a-z]?\s*[:.–—|-]\s", alternation(FIGURE_WORDS)),
            // A header picture's label and its credit.
            format!(r"(?i)^\W*(?:{})\s*:\s*\S", alternation(PICTURE_LABELS)),
        ]);
        let mut first_bytes = [false; 256];
        for word in FIGURE_WORDS.iter().chain(PICTURE_LABELS) {
            first_bytes[usize::from(word.as_bytes()[0])] = true;
        }
        let picture_first_pairs = PICTURE_OPENERS.iter().map(|w| [w.as_bytes()[0], w.as_bytes()[1]]).collect();
        FigureCaption { opening, first_bytes, picture_first_pairs }
    }

    /// A picture's label, counter or bare credit ([`PICTURE_OPENERS`]), in
    /// `lower`, the lowercase line past its leading punctuation. Read word
    /// by word: a pattern would cost more to compile than a page's lines
    /// cost to read, and few pages have such a line.
    fn is_picture_label(&self, lower: &str, features: &Features) -> bool {
        if !lower.as_bytes().first_chunk::<2>().is_some_and(|pair| self.picture_first_pairs.contains(pair)) {
            return false;
        }
        // The opener as a whole word: most lines with its first byte stop here.
        let Some(first) = PICTURE_OPENERS
            .iter()
            .copied()
            .find(|w| lower.starts_with(w) && lower[w.len()..].chars().next().is_none_or(char::is_whitespace))
        else {
            return false;
        };
        // A counter or a credit has at most six words after the opener; a
        // label's first word is all that is read of a longer line.
        let mut words = lower[first.len()..].split_whitespace();
        let mut rest: [&str; 6] = [""; 6];
        let mut len = 0;
        for word in words.by_ref().take(6) {
            rest[len] = word;
            len += 1;
        }
        let short = words.next().is_none();
        let rest = &rest[..len];
        let is = |set: &[&str]| set.contains(&first);
        // "Photo", "Фото" alone. "Foto:" is left: the credit's name may
        // follow on the next line, and a short line after chrome would
        // pass as the article's.
        if rest.is_empty() {
            return is(&["photo", "foto", "фото"]);
        }
        // "Image caption Assange gestures …", "Image source, Getty Images":
        // a caption has no full stop, or is short ("Media caption Who is
        // Julian Assange?"); a sentence goes on ("Image source files were
        // lost when …, the IT department said.").
        let label = rest[0].trim_end_matches([',', ':', '.']);
        let caption_like = !features.terminal || features.words <= MAX_LABELLED_WORDS;
        // "Source" is a noun of headings too ("Media source protection and
        // the law"): as a label it has its comma or colon.
        let labelled =
            ["copyright", "caption"].contains(&label) || (label == "source" && rest[0].ends_with([',', ':']));
        (caption_like && is(&["image", "media", "video", "photo"]) && labelled)
            || (short && is(&["image", "photo", "picture", "slide", "foto", "bild"]) && is_counter(rest))
            || (short && is(&["image", "photo", "picture", "foto", "bild"]) && bare_credit(rest))
    }

    /// The lowercase line (past leading punctuation) opens with one of the
    /// patterns' words: what the patterns need, asked cheaply.
    fn may_open(&self, lower: &str) -> bool {
        lower.as_bytes().first().is_some_and(|&b| self.first_bytes[usize::from(b)])
            && FIGURE_WORDS.iter().chain(PICTURE_LABELS).any(|w| lower.starts_with(w))
    }
}

/// Whether `lower` (the lowercase line, from its first character: a line
/// that opens with a quote is speech) opens as a news caption does: with
/// the kind of picture ([`KIND_OF_PICTURE`]), or with "In this" or "This"
/// and, within its first eight words, a picture ([`PICTURE_WORDS`]) that
/// is a file or handout picture, is dated by a month and a number ("In
/// this Nov. 5, 2019, photo, …") or is followed by what was done with it
/// ("This photo provided by …"). "In this picture, the economy …", "In
/// this 24-hour news cycle, one picture …" and "This photo made headlines"
/// are prose, and are kept.
fn opens_as_caption(lower: &str) -> bool {
    // Every line comes here: its first byte, then its first word, turn
    // nearly all away before any opening is compared.
    if !matches!(lower.as_bytes().first(), Some(b'a' | b's' | b'p' | b'f' | b'i' | b't')) {
        return false;
    }
    let first_word = memchr::memchr(b' ', lower.as_bytes()).map_or(lower, |at| &lower[..at]);
    let rest = match first_word {
        "a" | "an" | "artist's" | "artist’s" | "stock" | "photo" | "file" | "foto" | "imagen" => {
            return KIND_OF_PICTURE.iter().any(|k| super::opens_with_spelling_of(lower, k).is_some());
        }
        // A line of one word has nothing after it.
        "this" => lower.get(first_word.len() + 1..).unwrap_or(""),
        "in" => match lower.get(first_word.len() + 1..).unwrap_or("").strip_prefix("this ") {
            Some(rest) => rest,
            None => return false,
        },
        _ => return false,
    };
    // The first nine words, without an allocation: every line that opens
    // "This" comes here.
    let mut words: [&str; 9] = [""; 9];
    let mut len = 0;
    for word in rest.split_whitespace().take(9) {
        words[len] = word;
        len += 1;
    }
    let words = &words[..len];
    let Some(at) = words.iter().take(8).position(|w| PICTURE_WORDS.contains(&w.trim_end_matches(','))) else {
        return false;
    };
    let before = &words[..at];
    let starts_with_digit = |w: &str| w.bytes().next().is_some_and(|b| b.is_ascii_digit());
    let kind = before.last().is_some_and(|w| matches!(*w, "file" | "handout" | "undated"));
    // A date: a month and a number ("Nov. 5,", "March 28,", "March 2020").
    // A number alone is no date ("In this 24-hour news cycle"), and a
    // month alone may be a verb ("This may be the picture …").
    let dated = before.iter().enumerate().any(|(i, w)| {
        MONTHS.contains(&w.trim_end_matches(['.', ','])) && before.get(i + 1).is_some_and(|n| starts_with_digit(n))
    });
    let done = words.get(at + 1).is_some_and(|w| PICTURE_PARTICIPLES.contains(w));
    kind || dated || done
}

/// Whether `text` places someone in a picture: a parenthesis holds one of
/// [`POSITIONS`].
fn places_people(text: &str) -> bool {
    memchr::memchr_iter(b'(', text.as_bytes()).any(|at| POSITIONS.iter().any(|p| text[at + 1..].starts_with(p)))
}

/// A gallery's counter after its first word: "1 of 13", "1 of / 13",
/// "3/13", "2 von 12".
fn is_counter(words: &[&str]) -> bool {
    let joined: String = words.concat();
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let first = digits(&joined);
    if !(1..=3).contains(&first) {
        return false;
    }
    let rest = &joined[first..];
    ["of", "von", "de", "di", "z", "/"].iter().any(|sep| {
        rest.strip_prefix(sep).is_some_and(|after| {
            let after = after.strip_prefix('/').unwrap_or(after);
            (1..=3).contains(&digits(after)) && digits(after) == after.len()
        })
    })
}

/// A credit with no caption after its first word: "via Getty Images",
/// "by Jane Doe", "courtesy of the Smith family", up to four words named.
fn bare_credit(words: &[&str]) -> bool {
    let named = match words {
        ["via" | "by", named @ ..] => named,
        ["courtesy", "of", named @ ..] => named,
        _ => return false,
    };
    (1..=4).contains(&named.len())
}

/// The line ends in a stock library's name, with or without its domain
/// ("… / Shutterstock.com", "© fotolia"); the caller has seen a `/`, `:`
/// or `©` in it.
fn ends_in_stock_credit(lower: &str) -> bool {
    let end = lower.trim_end().trim_end_matches(')').trim_end();
    let end = [".com", ".de", ".net"].iter().find_map(|d| end.strip_suffix(d)).unwrap_or(end);
    STOCK_LIBRARIES.iter().any(|s| end.ends_with(s))
}

impl Rule for FigureCaption {
    fn name(&self) -> &'static str {
        "figure-caption"
    }
    fn doc(&self) -> &'static str {
        "Removes numbered figure captions (Abbildung 4: …, Figure 2. …), header-picture labels \
         (Titelbild: …), lines that end in a stock library's credit (… Bild: \
         Name/Shutterstock.com), agency captions (In this Nov. 5, 2019, file photo, …; An \
         artist's illustration of …) and captions that place people (Jansen (l.) und …): \
         captions describe a picture the text no longer has, and these read as prose. Example: \
         `Abbildung 5: Oberflächenreif in einem Nordhang bei Panex (VD).`"
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        let block = ctx.block();
        // Every pattern needs a separator (`:`, `/`, `©`) or, for a numbered
        // caption, a digit: most lines have neither and stop here.
        // `©` is C2 A9 in UTF-8: A9 may be another character's byte too,
        // which only lets a line through to the exact checks.
        let has_separator = block.has_ascii_mark(ascii_set(b":/")) || block.has_char('©');
        if block.features.words > 60 {
            return None;
        }
        let lower = block.lower.trim_start_matches(|c: char| !crate::chars::is_alphanumeric(c));
        if self.is_picture_label(lower, block.features)
            || opens_as_caption(block.lower)
            || (block.features.words <= MAX_PLACING_WORDS
                && block.has_ascii_mark(ascii_set(b"("))
                && places_people(block.text))
        {
            return Some(RuleVerdict::Drop);
        }
        if !(has_separator || block.features.digits > 0) {
            return None;
        }
        let opens = self.may_open(lower) && self.opening.is_match(block.text);
        (opens || (has_separator && ends_in_stock_credit(block.lower))).then_some(RuleVerdict::Drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, Expect::*};

    #[test]
    fn table() {
        check(
            &FigureCaption::new(),
            &[
                ("Abbildung 4: klassische Schwachschicht. Der Unterschied in der Kornform ist klar ersichtlich.", Drop),
                ("Abb. 2: Verlauf der Temperatur im Januar", Drop),
                ("Figure 3. Sea ice extent in March, 1979 to 2020.", Drop),
                ("Fig. 1 – The experimental setup", Drop),
                ("Titelbild: Geyres Christophe/ABACA/picture-alliance", Drop),
                ("Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com", Drop),
                ("Quelle: jorisvo / Fotolia.com", Drop),
                ("A rainy street in Berlin. © iStock", Drop),
                ("Image caption Assange gestures with a thumbs up after he was arrested", Drop),
                ("Media caption Who is Julian Assange?", Drop),
                ("Image copyright @ewarren @ewarren", Drop),
                ("Image source, Getty Images", Drop),
                ("Image 1 of / 13", Drop),
                ("Image 3 of 13", Drop),
                ("Foto 2 von 12", Drop),
                ("Image via Getty Images", Drop),
                ("Photo courtesy of the Smith family", Drop),
                ("Фото", Drop),
                ("Photo", Drop),
                ("Foto:", Pass),
                ("Show me the photos of the flood.", Pass),
                // Prose that names a figure or a library is the article's.
                ("Figure skating returns to the Olympic programme next winter.", Pass),
                ("Abbildung und Text stammen aus dem Jahr 1912, wie der Autor schreibt.", Pass),
                ("Table 5 was booked for the whole evening, the owner said.", Pass),
                ("The company bought Shutterstock", Pass),
                ("Bilder von der Feier gibt es auf unserer Seite.", Pass),
                ("Image is everything in politics, and the campaign knows it.", Pass),
                ("Image source files were lost when the server crashed, the IT department said.", Pass),
                ("Media source protection and the law", Pass),
                ("Video caption contests have become a hit with younger residents, the library said.", Pass),
                ("Video shows dramatic rescue of kidnapped girl", Pass),
                ("Photo by photo, the archive tells the story of the town and its people.", Pass),
                ("Media coverage of the trial was intense.", Pass),
                // Captions that say what kind of picture they are, and dated
                // or handed-out pictures, as agencies write them.
                ("An artist's illustration of a plume of water vapor rising from a moon of Jupiter.", Drop),
                ("An artist’s impression of the new station", Drop),
                ("A stock image of a woman holding a coffee cup. Researchers looked at sleep and caffeine.", Drop),
                ("Photo illustration by Slate. Photo by Jane Doe.", Drop),
                ("In this Nov. 5, 2019, file photo, the senator speaks to reporters in Washington.", Drop),
                ("This March 28, 2017, file photo, provided by the state registry, shows the defendant.", Drop),
                ("In this photo provided by the fire department, crews battle the blaze on Sunday.", Drop),
                ("This undated handout photo shows the painting before it was stolen.", Drop),
                ("In this Sept. 3 photo, a farmer inspects his crop.", Drop),
                ("Foto de archivo del presidente durante una conferencia en Lima.", Drop),
                ("In this picture, the economy looks stronger than it is, the minister said.", Pass),
                ("This image of the president as a reformer has taken a beating this year.", Pass),
                ("In this image-conscious age, candidates hire stylists.", Pass),
                ("This photo shows how crowded the beach was.", Pass),
                ("In this case, the photo was taken without consent, the court found.", Pass),
                ("A stockbroker was arrested on Monday.", Pass),
                ("The artist's impression of the city hangs in the town hall.", Pass),
                ("This may be the picture of the year, the jury said.", Pass),
                ("This", Pass),
                ("In", Pass),
                ("In this", Pass),
                // Captions that place the people in the picture.
                ("Marcell Jansen (l.) und Piotr Trochowski haben einen guten Draht.", Drop),
                ("Die Preisträger (v.l.n.r.): Anna Muster, Jan Beispiel und Eva Probe.", Drop),
                ("Winners of the race (L-R): Jane Doe, John Doe and Ann Smith.", Drop),
                ("Senator Jane Doe (R) said the bill would pass.", Pass),
                ("The ministry (responsible for roads) said the bridge would reopen.", Pass),
                ("Die Partei (Die Linke) lehnte den Antrag ab.", Pass),
                // A review's sentences: a party's or a player's place, a
                // party after a name, a number that is no date, speech.
                ("Le MoDem (centre) a annoncé mardi qu'il voterait contre le texte du gouvernement.", Pass),
                ("Garry Ringrose (centre) returns from injury for the match against France on Saturday.", Pass),
                ("Gov. Greg Abbott (R.) signed the bill into law on Friday, his office said.", Pass),
                ("Cannabis sativa (L.) has been cultivated for thousands of years, the study notes.", Pass),
                ("In this 24-hour news cycle, one picture can end a political career overnight.", Pass),
                ("In this 2024 race, the picture is murkier than pollsters expected, analysts said.", Pass),
                ("This 3D image of the protein helped researchers identify where the drug binds.", Pass),
                ("This photo made headlines around the world, but it turned out to be doctored.", Pass),
                ("“This picture shows who we really are,” the mayor told the crowd on Sunday.", Pass),
                ("A stock photo agency in Seattle said on Monday it would cut 200 jobs.", Pass),
                ("Stock photography sites have seen revenue fall as AI image generators spread.", Pass),
                ("Artist's impressions of the new stadium were shown to residents on Tuesday evening.", Pass),
                ("In this March 2020 photo, nurses wait for patients.", Drop),
            ],
        );
    }
}
