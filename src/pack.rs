//! User rule packs: site-specific drop phrases and patterns, end markers
//! and keep patterns, read from TOML and compiled once.
//!
//! A pack is a list of `[[rule]]` tables:
//!
//! ```toml
//! [[rule]]
//! name = "app-promo"          # shown as `pack:app-promo` in --explain and `removed`
//! action = "drop"             # drop (default) | end | keep
//! phrases = ["Get the Example app"]   # case-insensitive
//! match = "line"              # line (default): the whole line, give or take punctuation,
//!                             # bullets and counts; contains: anywhere, as whole words
//! patterns = ['^Photo: ']     # regexes searched in the line; (?i) for any case
//! hosts = ["example.com"]     # only pages of these hosts and their subdomains
//! ```
//!
//! Order: a keep rule wins over everything (every rule, and the decide
//! stage's context drops); then pack drop and end rules in pack order, before
//! the built-in rules, so a line a user names is named by the user's rule.

use crate::blocks::Block;
use crate::rules::{is_filler, word_boundary};
use crate::{Error, ErrorKind};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;
use toml::Spanned;

/// What a pack rule does to a line it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Action {
    /// Chrome: not part of the article.
    Drop,
    /// The article ends here (once enough text precedes, as built-in end markers).
    End,
    /// Always in the output.
    Keep,
}

/// Where a phrase must sit in the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Match {
    Line,
    Contains,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    #[serde(default)]
    rule: Vec<RuleFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    name: Spanned<String>,
    #[serde(default = "default_action")]
    action: Action,
    #[serde(default)]
    phrases: Vec<Spanned<String>>,
    #[serde(default = "default_match", rename = "match")]
    match_: Match,
    #[serde(default)]
    patterns: Vec<Spanned<String>>,
    #[serde(default)]
    hosts: Vec<Spanned<String>>,
}

fn default_action() -> Action {
    Action::Drop
}

fn default_match() -> Match {
    Match::Line
}

/// One rule of a pack, as the cleaner uses it.
#[derive(Debug, Clone)]
pub(crate) struct PackRule {
    /// `pack:NAME`, as shown in `--explain` and `removed`.
    pub display: String,
    pub action: Action,
    /// Host names in their lowercase ASCII form (`xn--bcher-kva.de` for
    /// `bücher.de`); empty means every page.
    hosts: Vec<String>,
}

/// A user rule pack, parsed, checked and compiled. Add it to a cleaner with
/// [`CleanerBuilder::rule_pack`](crate::CleanerBuilder::rule_pack).
///
/// ```
/// let pack = newsclean::RulePack::from_toml_str(
///     "[[rule]]\nname = \"app-promo\"\nphrases = [\"Get the Example app\"]\n",
///     "my-pack.toml",
/// )?;
/// let cleaner = newsclean::Cleaner::builder().rule_pack(pack).build();
/// let article = cleaner.clean("Get the Example app\nThe council approved the budget on Monday after a long debate.");
/// assert!(article.removed().any(|l| l.rule == "pack:app-promo"));
///
/// let bad = newsclean::RulePack::from_toml_str("[[rule]]\nname = \"x\"\npatterns = [\"(\"]\n", "bad.toml");
/// assert!(bad.unwrap_err().to_string().starts_with("bad.toml:3: "));
/// # Ok::<(), newsclean::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct RulePack {
    pub(crate) rules: Vec<PackRule>,
    /// Every rule's phrases (lowercase), in one automaton.
    phrases: Option<AhoCorasick>,
    /// Per phrase: its rule and placement.
    phrase_rules: Vec<(usize, Match)>,
    /// Every rule's patterns, matched in one pass.
    patterns: Option<regex::RegexSet>,
    /// Per pattern: its rule.
    pattern_rules: Vec<usize>,
}

/// The 1-based line of byte offset `at` in `text`.
fn line_of(text: &str, at: usize) -> usize {
    text.get(..at).map_or(1, |s| s.matches('\n').count() + 1)
}

impl RulePack {
    /// Parses a pack from TOML. `source` names it in error messages, which
    /// read `SOURCE:LINE: problem` (a TOML syntax error, an unknown key, an
    /// invalid regex with the regex crate's message, a rule with nothing to
    /// match).
    pub fn from_toml_str(text: &str, source: &str) -> Result<RulePack, Error> {
        let fail = |at: Option<usize>, message: String| {
            Error::new(ErrorKind::RulePack { source: source.to_owned(), line: at.map(|a| line_of(text, a)), message })
        };
        let file: PackFile =
            toml::from_str(text).map_err(|e| fail(e.span().map(|s| s.start), e.message().trim_end().to_owned()))?;
        let mut rules = Vec::with_capacity(file.rule.len());
        let mut phrase_texts = Vec::new();
        let mut phrase_rules = Vec::new();
        let mut pattern_texts = Vec::new();
        let mut pattern_rules = Vec::new();
        for (index, rule) in file.rule.into_iter().enumerate() {
            let name = rule.name.get_ref();
            let at = Some(rule.name.span().start);
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')) {
                return Err(fail(at, format!("rule name {name:?} must be letters, digits, '-', '_' or '.'")));
            }
            if rule.phrases.is_empty() && rule.patterns.is_empty() {
                return Err(fail(at, format!("rule {name:?} has neither phrases nor patterns")));
            }
            for phrase in &rule.phrases {
                // Normalized as a page's lines are (single spaces, no
                // invisible characters, NFC), or it could never match one.
                let lower = crate::normalize::normalize_line(phrase.get_ref()).to_lowercase();
                if lower.is_empty() {
                    return Err(fail(Some(phrase.span().start), format!("rule {name:?} has an empty phrase")));
                }
                phrase_texts.push(lower);
                phrase_rules.push((index, rule.match_));
            }
            for pattern in &rule.patterns {
                // An empty pattern matches every line, as no empty phrase does.
                if pattern.get_ref().is_empty() {
                    return Err(fail(Some(pattern.span().start), format!("rule {name:?} has an empty pattern")));
                }
                // Checked one by one so that an error names its line.
                if let Err(e) = pattern_builder(std::slice::from_ref(pattern.get_ref())).build() {
                    return Err(fail(Some(pattern.span().start), format!("invalid regex: {e}")));
                }
                pattern_texts.push(pattern.get_ref().clone());
                pattern_rules.push(index);
            }
            let mut hosts = Vec::with_capacity(rule.hosts.len());
            for host in &rule.hosts {
                // Checked in the ASCII form, where a full-width `＊．` or
                // `／` has become `*.` or `/`.
                let ascii = ascii_host(host.get_ref().trim());
                let ascii = ascii.strip_prefix("*.").unwrap_or(&ascii).trim_start_matches('.').to_owned();
                if ascii.is_empty() || ascii.contains(['/', ':', ' ', '*']) {
                    return Err(fail(
                        Some(host.span().start),
                        format!("host {:?} is not a host name (write example.com)", host.get_ref()),
                    ));
                }
                hosts.push(ascii);
            }
            rules.push(PackRule { display: format!("pack:{name}"), action: rule.action, hosts });
        }
        let phrases = if phrase_texts.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(&phrase_texts)
                    .map_err(|e| fail(None, format!("phrases: {e}")))?,
            )
        };
        let patterns = if pattern_texts.is_empty() {
            None
        } else {
            Some(pattern_builder(&pattern_texts).build().map_err(|e| fail(None, format!("patterns: {e}")))?)
        };
        Ok(RulePack { rules, phrases, phrase_rules, patterns, pattern_rules })
    }

    /// How many rules the pack has.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// Whether the pack has no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Which rules apply to a page from `host` (`None`: no url known, so
    /// only the rules without hosts).
    pub(crate) fn active(&self, host: Option<&str>) -> Vec<bool> {
        self.rules
            .iter()
            .map(|r| r.hosts.is_empty() || host.is_some_and(|h| r.hosts.iter().any(|want| host_matches(h, want))))
            .collect()
    }

    /// The first keep rule matching `block`, else the first drop or end rule.
    pub(crate) fn find(&self, block: &Block, active: &[bool]) -> Option<usize> {
        let mut first_keep: Option<usize> = None;
        let mut first_other: Option<usize> = None;
        let mut note = |rule: usize, rules: &[PackRule]| {
            if !active[rule] {
                return;
            }
            let slot = if rules[rule].action == Action::Keep { &mut first_keep } else { &mut first_other };
            if slot.is_none_or(|r| rule < r) {
                *slot = Some(rule);
            }
        };
        if let Some(ac) = &self.phrases {
            let lower = block.lower;
            for m in ac.find_overlapping_iter(lower) {
                let (rule, at) = self.phrase_rules[m.pattern().as_usize()];
                let ok = match at {
                    Match::Line => is_filler(&lower[..m.start()]) && is_filler(&lower[m.end()..]),
                    Match::Contains => word_boundary(lower, m.start(), m.end()),
                };
                if ok {
                    note(rule, &self.rules);
                }
            }
        }
        if let Some(set) = &self.patterns {
            for i in set.matches(block.text).iter() {
                note(self.pattern_rules[i], &self.rules);
            }
        }
        first_keep.or(first_other)
    }
}

/// User patterns get the built-in rules' roomy lazy-DFA cache (see
/// [`crate::rules::regex`]) and a bounded compiled size, so a hostile pack
/// fails with a message instead of eating memory.
fn pattern_builder(patterns: &[String]) -> regex::RegexSetBuilder {
    let mut b = regex::RegexSetBuilder::new(patterns);
    b.dfa_size_limit(64 << 20).size_limit(32 << 20);
    b
}

/// `host` is `want` or one of its subdomains.
fn host_matches(host: &str, want: &str) -> bool {
    host == want || host.strip_suffix(want).is_some_and(|rest| rest.ends_with('.'))
}

/// The lowercase host of a URL (`https://user@www.Example.com:8080/a?b` →
/// `www.example.com`); a bare host name is taken as it is. A name in
/// another script comes in its ASCII form, as a rule pack's hosts do
/// (`https://Bücher.de/` → `xn--bcher-kva.de`); a host that is no valid
/// name stays as written, in lowercase, and matches only itself.
pub(crate) fn host_of(url: &str) -> Option<String> {
    let url = url.trim();
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let authority = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if authority.starts_with('[') {
        authority.split_inclusive(']').next().unwrap_or(authority)
    } else {
        authority.split(':').next().unwrap_or(authority)
    };
    let host = ascii_host(host);
    (!host.is_empty()).then_some(host)
}

/// A host name in the one form that pack hosts and page hosts are compared
/// in: lowercase ASCII, a name in another script in Punycode (`Bücher.de`
/// → `xn--bcher-kva.de`), without the dots at its ends (a full stop in
/// another script, as `。`, is a dot). A name the IDNA rules refuse (a
/// joiner or mixed directions in a label, bad Punycode) stays as written,
/// in lowercase, and matches only itself.
fn ascii_host(name: &str) -> String {
    let ascii = idna::domain_to_ascii(name).unwrap_or_else(|_| name.to_ascii_lowercase());
    match ascii.trim_matches('.') {
        trimmed if trimmed.len() == ascii.len() => ascii,
        trimmed => trimmed.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        RulePack::from_toml_str(text, "p.toml").unwrap_err().to_string()
    }

    #[test]
    fn hosts() {
        // A name in another script comes in its ASCII form (an ideographic
        // full stop is a dot); a host that is no name stays as written.
        for (url, host) in [
            ("https://www.Example.com:8080/a?b", Some("www.example.com")),
            ("http://user:pw@news.example.com/x", Some("news.example.com")),
            ("example.com", Some("example.com")),
            ("http://[::1]:80/", Some("[::1]")),
            ("", None),
            ("https:///path", None),
            ("https://Bücher.de/buch", Some("xn--bcher-kva.de")),
            ("https://www.xn--bcher-kva.de/", Some("www.xn--bcher-kva.de")),
            ("http://例え。テスト/", Some("xn--r8jz45g.xn--zckzah")),
            ("http://例え。テスト。/", Some("xn--r8jz45g.xn--zckzah")),
            ("http://a\u{200d}b.com/", Some("a\u{200d}b.com")),
            ("http://a b.example/", Some("a b.example")),
        ] {
            assert_eq!(host_of(url).as_deref(), host, "{url}");
        }
        assert!(host_matches("example.com", "example.com"));
        assert!(host_matches("www.example.com", "example.com"));
        assert!(!host_matches("badexample.com", "example.com"));
        assert!(!host_matches("example.com.evil.org", "example.com"));
    }

    /// A pack of one rule for `host`.
    fn with_host(host: &str) -> Result<RulePack, Error> {
        RulePack::from_toml_str(&format!("[[rule]]\nname = \"a\"\nphrases = [\"x\"]\nhosts = [\"{host}\"]\n"), "p.toml")
    }

    /// A host in another script matches in either form, the pack's and the
    /// page's: written out, in Punycode or in capitals.
    #[test]
    fn internationalized_hosts_match_in_either_form() {
        for written in ["bücher.de", "BÜCHER.DE", "xn--bcher-kva.de", "*.bücher.de"] {
            let pack = with_host(written).unwrap();
            for url in ["https://bücher.de/", "https://www.xn--bcher-kva.de/", "https://WWW.Bücher.DE./a"] {
                assert_eq!(pack.active(host_of(url).as_deref()), [true], "{written} on {url}");
            }
            assert_eq!(pack.active(host_of("https://bucher.de/").as_deref()), [false], "{written}");
        }
        // A host the IDNA rules refuse is kept as written.
        assert_eq!(with_host("XN--A.de").unwrap().active(host_of("https://www.xn--a.de/").as_deref()), [true]);
        // A dot alone is no host, in any script; the wildcard, stops and
        // separators are read as the ASCII form has them.
        for refused in ["。", "*", "example.com／", "example.com：8080", "exa\u{3000}mple.com", "*.*.example.com"] {
            let message = with_host(refused).unwrap_err().to_string();
            assert!(message.starts_with("p.toml:4: host"), "{refused}: {message}");
        }
        for written in ["*。example.com", "＊．example.com", ".example.com", "。example.com", "example.com."] {
            assert_eq!(
                with_host(written).unwrap().active(host_of("https://www.example.com/").as_deref()),
                [true],
                "{written}"
            );
        }
        assert_eq!(with_host("例え。テスト。").unwrap().active(host_of("http://例え。テスト/").as_deref()), [true]);
    }

    #[test]
    fn errors_name_file_line_and_problem() {
        assert!(err("[[rule]\nname = 1").starts_with("p.toml:1: "), "{}", err("[[rule]\nname = 1"));
        let unknown = err("[[rule]]\nname = \"a\"\nphrases = [\"x\"]\nphrase = \"y\"\n");
        assert!(unknown.starts_with("p.toml:4: ") && unknown.contains("unknown field `phrase`"), "{unknown}");
        let regex = err("[[rule]]\nname = \"a\"\n\npatterns = [\"ok\", \"(unclosed\"]\n");
        assert!(regex.starts_with("p.toml:4: invalid regex: ") && regex.contains("unclosed group"), "{regex}");
        assert!(err("[[rule]]\nname = \"a\"\n").starts_with("p.toml:2: rule \"a\" has neither"));
        assert!(err("[[rule]]\nname = \"a b\"\nphrases=[\"x\"]").contains("rule name"));
        assert!(err("[[rule]]\nname = \"a\"\naction = \"explode\"\nphrases=[\"x\"]").starts_with("p.toml:3: "));
        assert!(
            err("[[rule]]\nname = \"a\"\nphrases=[\"x\"]\nhosts=[\"https://x.com/\"]").starts_with("p.toml:4: host")
        );
        assert!(err("[[rule]]\nphrases=[\"x\"]").contains("missing field `name`"));
        let empty = err("[[rule]]\nname = \"a\"\npatterns = [\"ok\",\n  \"\"]\n");
        assert!(empty.starts_with("p.toml:4: rule \"a\" has an empty pattern"), "{empty}");
        assert!(err("[[rule]]\nname = \"a\"\nphrases = [\" \\u200B \"]\n").contains("has an empty phrase"));
    }

    /// A phrase is normalized as the page's lines are: runs of spaces, a
    /// no-break space or a tab, invisible characters and decomposed accents
    /// would otherwise never match.
    #[test]
    fn phrases_are_normalized_as_lines() {
        for phrase in ["Get  the  app", "Get\u{A0}the app", "Get\tthe app\u{200B}", " get the APP "] {
            let pack = format!("[[rule]]\nname = \"app\"\nphrases = [{}]\n", toml_string(phrase));
            let cleaner =
                crate::Cleaner::builder().rule_pack(RulePack::from_toml_str(&pack, "p.toml").unwrap()).build();
            let page = format!("{PAGE}\nGet  the app");
            assert_eq!(rule_of(&cleaner.clean(&page), "Get the app"), "pack:app", "{phrase:?}");
        }
        let pack =
            format!("[[rule]]\nname = \"cafe\"\nmatch = \"contains\"\nphrases = [{}]\n", toml_string("cafe\u{301}"));
        let cleaner = crate::Cleaner::builder().rule_pack(RulePack::from_toml_str(&pack, "p.toml").unwrap()).build();
        let page = format!("{PAGE}\nThe new café opens on Monday.");
        assert_eq!(rule_of(&cleaner.clean(&page), "café"), "pack:cafe");
    }

    /// `s` as a TOML basic string.
    fn toml_string(s: &str) -> String {
        format!(
            "\"{}\"",
            s.chars()
                .map(|c| if c.is_ascii_graphic() || c == ' ' { c.to_string() } else { format!("\\u{:04X}", c as u32) })
                .collect::<String>()
        )
    }

    fn rule_of<'a>(article: &'a crate::Article, needle: &str) -> &'a str {
        &article.lines.iter().find(|l| l.text.contains(needle)).unwrap().rule
    }

    const PAGE: &str = "RECOMMENDED\n\
        The council approved the new budget on Monday after a long debate in the chamber.\n\
        Sponsored\n\
        Members of the opposition said the spending plans were not realistic at all.\n\
        Officials said the money would go mainly to schools, roads and the harbour.";

    #[test]
    fn keep_wins_over_built_in_rules_and_other_packs() {
        let keep = "[[rule]]\nname = \"k\"\naction = \"keep\"\nphrases = [\"sponsored\"]\n";
        let drop = "[[rule]]\nname = \"d\"\nphrases = [\"sponsored\"]\n";
        let cleaner = crate::Cleaner::builder()
            .rule_pack(RulePack::from_toml_str(drop, "d.toml").unwrap())
            .rule_pack(RulePack::from_toml_str(keep, "k.toml").unwrap())
            .build();
        let a = cleaner.clean(PAGE);
        assert_eq!(rule_of(&a, "Sponsored"), "pack:k");
        assert!(a.paragraphs.iter().any(|p| p == "Sponsored"));
        assert_eq!(rule_of(&a, "RECOMMENDED"), "promo-label");
        assert_eq!(rule_of(&crate::Cleaner::new().clean(PAGE), "Sponsored"), "promo-label");
    }

    #[test]
    fn drop_phrases_line_and_contains() {
        let pack = "[[rule]]\nname = \"line\"\nphrases = [\"THE COUNCIL\"]\n\
                    [[rule]]\nname = \"within\"\nmatch = \"contains\"\nphrases = [\"opposition\"]\n\
                    [[rule]]\nname = \"partial\"\nmatch = \"contains\"\nphrases = [\"harb\"]\n";
        let cleaner = crate::Cleaner::builder().rule_pack(RulePack::from_toml_str(pack, "p.toml").unwrap()).build();
        let a = cleaner.clean(PAGE);
        // A line phrase needs the whole line; a contained one whole words.
        assert_eq!(rule_of(&a, "The council approved"), "body");
        assert_eq!(rule_of(&a, "Members of the opposition"), "pack:within");
        assert_eq!(rule_of(&a, "the harbour"), "body");
    }

    #[test]
    fn empty_pack_is_fine() {
        assert!(RulePack::from_toml_str("", "e.toml").unwrap().is_empty());
    }
}
