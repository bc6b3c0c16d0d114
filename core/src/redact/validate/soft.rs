//! Soft entities (person names, addresses, dates of birth): lexicon lookups (lexicons in `names`) and
//! plausibility checks.

use foldhash::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use super::names::{GIVEN, NOT_NAMES, SURNAMES};

static GIVEN_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| GIVEN.split(' ').collect());
static SURNAME_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| SURNAMES.split(' ').collect());
static NOT_NAME_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| NOT_NAMES.split(' ').collect());

/// Lower case without diacritics (`Élodie` → `elodie`, `Łukasz` → `lukasz`, `Grüße` → `grusse`), for
/// lexicon lookups: the lexicons are ASCII, people write their names with or without the marks.
pub(crate) fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        let ascii = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' | 'ă' | 'ā' => "a",
            'æ' => "ae",
            'ç' | 'ć' | 'č' => "c",
            'ď' | 'đ' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' | 'ē' | 'ė' => "e",
            'ğ' => "g",
            'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => "i",
            'ł' | 'ľ' | 'ĺ' => "l",
            'ñ' | 'ń' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' | 'ō' => "o",
            'œ' => "oe",
            'ř' => "r",
            'ś' | 'š' | 'ş' => "s",
            'ß' => "ss",
            'ť' | 'ţ' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' | 'ū' => "u",
            'ý' | 'ÿ' => "y",
            '\u{2019}' => "'",
            'ź' | 'ż' | 'ž' => "z",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(ascii);
    }
    out
}

/// The given-name lexicon (lower case), for the scanner's trigger words.
pub(crate) fn given_names() -> impl Iterator<Item = &'static str> {
    GIVEN.split(' ')
}

/// True if `word` is a known given name (case- and diacritic-insensitive).
pub(crate) fn given_name(word: &str) -> bool {
    GIVEN_SET.contains(fold(word).as_str())
}

/// True if `word` is a known surname.
pub(crate) fn surname(word: &str) -> bool {
    SURNAME_SET.contains(fold(word).as_str())
}

fn not_name(word: &str) -> bool {
    NOT_NAME_SET.contains(fold(word).as_str())
}

/// Name particles that may sit between the parts of a name (`Emma van den Berg`).
fn particle(word: &str) -> bool {
    matches!(word, "van" | "von" | "de" | "da" | "di" | "del" | "der" | "den" | "la" | "le" | "dos" | "das")
}

fn parts(s: &str) -> impl Iterator<Item = &str> {
    s.split(' ').filter(|w| !w.is_empty() && !particle(w))
}

/// Words that make the capitalised run before them the name of an organization (`Wayne Enterprises`,
/// `Morgan Stanley Holdings`), not of a person.
fn organization(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "enterprises",
        "industries",
        "holdings",
        "solutions",
        "group",
        "inc",
        "ltd",
        "llc",
        "gmbh",
        "corp",
        "corporation",
        "company",
        "foundation",
        "partners",
        "associates",
        "labs",
        "systems",
        "technologies",
        "consulting",
        "limited",
        "plc",
        "logistics",
        "media",
        "capital",
        "ventures",
        "networks",
        "software",
        "energy",
        "pharma",
        "motors",
        "airlines",
        "insurance",
        "bank",
    ];
    WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The name at the start of `s`: its words up to the first common word (`Nicole Williams Can you` →
/// `Nicole Williams`; the pattern takes up to three capitalised words and the next sentence may start
/// right after the name), without trailing particles. Empty when the first word is a common word or the
/// run names an organization.
fn leading(s: &str) -> &str {
    let mut end = 0;
    let mut pos = 0;
    for w in s.split(' ') {
        if !w.is_empty() && !particle(w) {
            if organization(w.trim_end_matches(['.', ','])) {
                return "";
            }
            if not_name(w) {
                break;
            }
            end = pos + w.len();
        }
        pos += w.len() + 1;
    }
    s.get(..end).unwrap_or_default()
}

fn words(name: &str) -> Vec<&str> {
    parts(name).collect()
}

/// A cue-introduced name (after "my name is", "Mr.", `name:`, a sign-off): capitalised words up to the
/// first common word, pronoun, group or tool name.
pub(crate) fn cued_name(s: &str) -> Option<Range<usize>> {
    let name = leading(s);
    let first = name.split(' ').next().unwrap_or_default();
    (first.chars().count() >= 2).then_some(0..name.len())
}

/// A name after a punctuated greeting (`Hej Lars!`, `Beste Lotte Bakker,`): a single word must be a known
/// given name (`Hallo Zusammen,`, `Hi Kubernetes!` are not people); two or three capitalised words pass.
pub(crate) fn greeted_name(s: &str) -> Option<Range<usize>> {
    let name = leading(s);
    match words(name).as_slice() {
        [] => None,
        [one] => given_name(one).then_some(0..name.len()),
        _ => cued_name(s),
    }
}

/// A weakly cued name ("Hi Anna", "reply to Koh Siti", "forward this to Chloé Durand"): the first word is
/// a known given name, or a name of two or more words has a known given name or surname in it (so
/// surname-first orders such as `Lim Nur Aisyah` pass).
pub(crate) fn lexicon_name(s: &str) -> Option<Range<usize>> {
    let name = leading(s);
    let w = words(name);
    let known = w.first().is_some_and(|x| given_name(x))
        || (w.len() >= 2 && w.iter().any(|x| given_name(x) || surname(x)));
    known.then_some(0..name.len())
}

/// A name after a weak cue that is also an ordinary word (`Thanks Tom.`, `Groet, Fatima`, `– Uwe`,
/// `Agent (Mark):`): a single word must be a known given name (`Thanks Google!`, `Cheers, Mate` are not
/// people); longer names need a known given name or surname in them, as in [`lexicon_name`].
pub(crate) fn thanked_name(s: &str) -> Option<Range<usize>> {
    let name = leading(s);
    match words(name).as_slice() {
        [] => None,
        [one] => given_name(one).then_some(0..name.len()),
        _ => lexicon_name(s),
    }
}

/// A name in a field or after a role word (`Customer: Jane Doe`, `the user George Russell`): as
/// [`lexicon_name`], but the capitalised run must be a name as a whole: `Client: Victoria Station` and
/// `Customer: Florence Nightingale Hospital` run into a common word, so they name a place.
pub(crate) fn field_name(s: &str) -> Option<Range<usize>> {
    (leading(s).len() == s.len()).then(|| lexicon_name(s))?
}

/// A given name opening an action item (`- Priya to own …`): as [`thanked_name`], except names that are
/// also imperative verbs or list words, which open bullets as verbs (`- Mark as done`, `- Grant access`,
/// `- Will follow up`, `- Max 5 users`).
pub(crate) fn bullet_name(s: &str) -> Option<Range<usize>> {
    const VERBS: &[&str] = &[
        "mark", "grant", "will", "bill", "sue", "pat", "chase", "drew", "rob", "jack", "max", "ray", "may",
        "june", "april", "august", "rose", "sky", "summer", "hope", "faith", "joy", "art", "frank", "gene",
        "lance", "nick", "penny", "rich", "rod", "guy", "ken", "don", "dawn", "grace", "harry", "carol",
        "bob", "sam",
    ];
    let first = s.split(' ').next().unwrap_or_default();
    if VERBS.contains(&fold(first).as_str()) {
        return None;
    }
    thanked_name(s)
}

/// `Family, Given` (surname first, as registers, intake forms and CSV exports write names): the given
/// part is one known given name; the family part is one to three name words, none of them a common word
/// (`Paris, Texas` and `However, Mark` fail: no given name, or a common word).
pub(crate) fn surname_first(s: &str) -> Option<Range<usize>> {
    let (family, given) = s.split_once(", ")?;
    let fw = words(family);
    let ok = given_name(given)
        && !fw.is_empty()
        && fw.len() <= 3
        && fw.iter().all(|w| !not_name(w) && w.chars().count() >= 2);
    ok.then_some(0..s.len())
}

/// A name after an arbitrary line label (`Technician: Jane Doe`): two or three words, the first a known
/// given name that is not also a verb or list word (`Product: Max Tokens`), the whole field a name.
pub(crate) fn labelled_name(s: &str) -> Option<Range<usize>> {
    let w = words(s);
    let ok =
        (2..=3).contains(&w.len()) && leading(s).len() == s.len() && w.first().is_some_and(|x| given_name(x));
    if !ok {
        return None;
    }
    bullet_name(s)
}

/// `SURNAME/GIVEN` of an airline booking (the pattern requires the `MR`/`MRS`/`MS` that follows): no
/// common word, and a known given name or the lengths of names (`TCP/IP MS`, `LH/AF MS` are not).
pub(crate) fn booking_name(s: &str) -> Option<Range<usize>> {
    let (family, given) = s.split_once('/')?;
    let first = given.split(' ').next()?;
    let shape = family.chars().count() >= 4 && first.chars().count() >= 3;
    let ok = !not_name(family) && !not_name(first) && (given_name(first) || shape);
    ok.then_some(0..s.len())
}

/// The `N:` property of a vCard, `Family;Given` (further components empty or absent): both parts are
/// names (capitalised words, particles allowed), neither a common word.
pub(crate) fn vcard_name(s: &str) -> Option<Range<usize>> {
    let (family, given) = s.split_once(';')?;
    let name = |p: &str| {
        let w = words(p);
        !w.is_empty() && w.len() <= 3 && leading(p).len() == p.len()
    };
    (name(family) && name(given)).then_some(0..s.len())
}

/// A name and the e-mail address in the same row of a table or CSV export (`| Jane Doe | Billing |
/// jane.doe@…`): the value runs from the name to the local part; the name passes when it is known (as in
/// [`lexicon_name`]) or the address is built from it (as in [`display_name`]).
pub(crate) fn row_name(s: &str) -> Option<Range<usize>> {
    let end = s.find(['|', ',', ';', '\t', '"']).unwrap_or(s.len());
    let name = s[..end].trim_end();
    let local = s.rsplit(['|', ',', ';', '\t', ' ', '"']).next().unwrap_or_default().to_ascii_lowercase();
    if name.is_empty() || leading(name).len() != name.len() {
        return None;
    }
    (lexicon_name(name).is_some() || built_from(name, &local)).then_some(0..name.len())
}

/// True if the e-mail local part holds the name's last word and its first word or initial
/// (`mei.okafor`, `m.okafor`, `okafor.mei` for `Mei Okafor`).
fn built_from(name: &str, local: &str) -> bool {
    let w = words(name);
    let folded: Vec<String> = w.iter().map(|x| fold(x).replace(['\'', '\u{2019}', '-'], "")).collect();
    let local = local.replace(['.', '_', '-', '+'], "");
    match folded.as_slice() {
        [first, .., last] if w.len() <= 3 && last.len() >= 3 => {
            local.contains(last.as_str())
                && (local.contains(first.as_str())
                    || first.chars().next().is_some_and(|c| local.starts_with(c)))
        }
        _ => false,
    }
}

/// The display name of an e-mail address, `Name <local`, `Name (local` or `Name [mailto:local` (the
/// pattern stops before `@`): the range of the name. A known name passes as in [`lexicon_name`]; so does
/// a two- or three-word name whose address is built from it (`Mei Okafor <mei.okafor`, `<m.okafor`,
/// `<okafor.mei`): the local part holds the last word and the first word or its initial. Role mailboxes
/// (`Acme Billing <billing`, `Build Bot <build-bot`) fail both: their words are not known names and the
/// address repeats only one of them; `Contact Support <…` has a common word in it.
pub(crate) fn display_name(s: &str) -> Option<Range<usize>> {
    let cut = s.rfind(['<', '(', '['])?;
    let name = s[..cut].trim_end();
    let local = s[cut + 1..].trim_start_matches("mailto:").to_ascii_lowercase();
    if name.is_empty() || leading(name).len() != name.len() {
        return None;
    }
    (lexicon_name(name).is_some() || built_from(name, &local)).then_some(0..name.len())
}

/// A comma-separated list of names after a list cue (`Attendees: Rémi Moreau, Aurélie Muller`): the
/// range of the longest run of items, from the first, where each item is a name of one to four words
/// with no common word in it, single words are known given names, and at least one item passes
/// [`lexicon_name`] (lists mix known and unknown names; `Attendees: Sales, Marketing` has none).
pub(crate) fn name_list(s: &str) -> Option<Range<usize>> {
    let (mut end, mut pos, mut known) = (0, 0, false);
    for item in s.split(", ") {
        let n = words(item).len();
        if item.is_empty() || leading(item).len() != item.len() || n > 4 {
            break;
        }
        let lexicon = lexicon_name(item).is_some();
        if n < 2 && !lexicon {
            break;
        }
        known |= lexicon;
        end = pos + item.len();
        pos += item.len() + 2;
    }
    (known && end > 0).then_some(0..end)
}

/// Two capitalised words with no cue: a known given name followed by a known surname.
pub(crate) fn bare_full_name(s: &str) -> bool {
    let mut words = s.split(' ');
    matches!((words.next(), words.next()), (Some(a), Some(b)) if given_name(a) && surname(b))
}

/// A plausible calendar date in numeric form (d/m/y, m/d/y or y-m-d); month names are taken as given.
pub(crate) fn date(s: &str) -> bool {
    let nums: Vec<u32> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect();
    if nums.len() < 3 {
        return nums.len() == 2 && nums.iter().any(|&n| (1900..=2099).contains(&n));
    }
    let (a, b, c) = (nums[0], nums[1], nums[2]);
    let dm = |d: u32, m: u32| (1..=31).contains(&d) && (1..=12).contains(&m);
    if a >= 1900 { dm(c, b) } else { dm(a, b) || dm(b, a) }
}
