//! `disclosure`: affiliate, advertising and opinion disclaimers.
//!
//! What it removes: the boilerplate a site sets above or below every
//! article to disclose its affiliate links and commissions ("We may earn a
//! commission…", "As an Amazon Associate I earn from qualifying purchases"),
//! and the disclaimer that the views are the author's own, in the common
//! languages; finance sites' market-data notice ("Quotes delayed at least
//! 15 minutes"); also the comment form's anti-spam notice ("This site uses
//! Akismet to reduce spam").
//! Why: the same sentence stands on every page of the site; it reads as
//! prose, so only its wording tells it from the article.
//! Example: `When you purchase through links on our site, we may earn an affiliate commission.`

use super::{lead, within, Phrase, PhraseRule, RuleVerdict};

const PHRASES: &[Phrase] = &[
    within("affiliate link", 45),
    within("affiliate links", 45),
    within("affiliate commission", 45),
    within("affiliate commissions", 45),
    within("earn a commission", 45),
    within("we may receive a small commission", 45),
    within("earn an affiliate commission", 45),
    // Publishing networks' own wordings, each on many sites: "may collect
    // a share of sales or other compensation from the links on this page",
    // "may receive a share from purchases made via links on this page".
    // Not "at no extra cost to you", "earn a small commission" or "collect
    // a share of sales" alone: news says them of banks, brokers and app
    // stores.
    within("compensation from the links", 45),
    within("share from purchases made via links", 45),
    within("amazon associate", 45),
    within("qualifying purchases", 45),
    within("advertising disclosure", 45),
    within("ftc disclosure", 45),
    within("may receive compensation", 45),
    // A notice that names itself: "Disclaimer: The responses below are
    // not provided or commissioned by the bank advertiser."
    lead("disclaimer"),
    within("advertising disclaimer", 45),
    within("views expressed", 40),
    within("opinions expressed", 40),
    within("not responsible for the opinions", 40),
    within("akismet", 40),
    within("affiliate-links", 45),
    within("provision vom händler", 40),
    within("meinung des autors", 40),
    within("meinung der autorin", 40),
    within("liens affiliés", 45),
    within("enlaces de afiliados", 45),
    // Market data boxes on finance sites ("Quotes delayed at least 15
    // minutes. Real-time quotes provided by …").
    within("quotes delayed", 80),
    within("delayed at least 15 minutes", 80),
    within("delayed by at least 15 minutes", 80),
    within("quote data provided by", 200),
    within("market data provided by", 200),
];

/// The rule, as the registry lists it.
pub(crate) const RULE: PhraseRule = PhraseRule {
    name: "disclosure",
    doc: "Removes affiliate, advertising, market-data and opinion disclaimers (We may earn a commission, As an \
         Amazon Associate…, The views expressed are the author's own) and the comment form's \
         anti-spam notice: the same sentence stands on every page of a site. Example: `When you \
         purchase through links on our site, we may earn an affiliate commission.`",
    phrases: PHRASES,
    verdict: RuleVerdict::Drop,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, Expect::*};

    #[test]
    fn table() {
        check(
            &RULE,
            &[
                ("When you purchase through links on our site, we may earn an affiliate commission. Here’s how it works.", Drop),
                ("This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.", Drop),
                ("Disclosure: the site may earn a commission from some of the products featured on this page.", Drop),
                ("If you click on one and make a purchase we may receive a small commission.", Drop),
                ("The site may collect a share of sales or other compensation from the links on this page.", Drop),
                ("The site may receive a share from purchases made via links on this page.", Drop),
                ("The bank will replace the card at no extra cost to you.", Pass),
                ("Brokers typically earn a small commission on each trade.", Pass),
                ("Under the deal, artists get a share of sales or other compensation from streaming.", Pass),
                ("Under the settlement, Apple may no longer collect a share of sales made outside its store.", Pass),
                // A scheme's commission is news: the site's "we" is not there.
                ("Under the new scheme, pharmacists may receive a small commission on each prescription they fill.", Pass),
                ("Advertising disclosure: We may receive compensation for some of the links in our stories.", Drop),
                ("Disclaimer: The responses below are not provided or commissioned by the bank advertiser.", Drop),
                ("DISCLAIMER - Articles on this site may contain opinions of the author.", Drop),
                ("NOTE: The advertising disclaimer below does not apply to this article.", Drop),
                // A disclaimer in the news is no notice.
                ("Disclaimers on cigarette packs will grow larger next year, the ministry said.", Pass),
                ("The disclaimer, added in small print at the bottom of the ad, was not enough, the court found.", Pass),
                ("The views and opinions expressed in the article do not necessarily reflect those of the agency.", Drop),
                ("Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.", Drop),
                ("Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.", Drop),
                ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", Drop),
                ("Diese Website verwendet Akismet, um Spam zu reduzieren.", Drop),
                ("Quotes delayed at least 15 minutes. Real-time quotes provided by BATS BZX Real-Time Price.", Drop),
                ("Data is a real-time snapshot. *Data is delayed at least 15 minutes.", Drop),
                ("Most stock quote data provided by BATS. Market indices are shown in real time.", Drop),
                // Prose about commissions and affiliates is the article's.
                ("The commission said on Monday that the affiliate had been fined for the breach of contract rules.", Pass),
                ("Wir wollen auch Provisionen - dafür ist das Fixum moderater", Pass),
                ("Einen Vertriebsmitarbeiter ohne eine Aussicht auf eine Provision zu beschäftigen, ist wie ein Esel.", Pass),
            ],
        );
    }
}
