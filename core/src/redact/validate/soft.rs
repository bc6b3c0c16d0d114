//! Soft entities (person names, addresses, dates of birth): compact lexicons and plausibility checks.
//! The lexicons are small on purpose (a few KB in the wasm artifact): they confirm a capitalised word
//! next to a cue, they do not try to enumerate every name in the world.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Common given names across the supported languages (en, de, fr, es, it, nl, pl, pt, sv, hi).
const GIVEN: &str = "aaron abigail adam adrian agnieszka ahmed aisha alan albert alejandro alessandro alex alexander alexandra alice alicia amanda amelia amit ana andrea andreas andrew andrzej angela anita anja ann anna anne annika antoine antonio anya arjun arthur astrid aurelie barbara beatriz ben benjamin bernard bianca birgit bjorn brian bruno camille carla carlos carmen caroline catherine charles charlotte chiara chloe chris christian christina christine christopher claire claudia clara daniel daniela david deepak diana diego dieter dominik dorota edward elena elias elisa elizabeth ella emil emilia emily emma eric erik eva fabian fatima federico felix fernanda fernando filip florian francesca francesco francisco frank franz fred frederik gabriel gabriela george georg giovanni giulia giuseppe grace greta guillaume hannah hans harry heinz helen helena henrik henry hugo ines irene isabel isabella ivan jack jacob jakub james jan jana jane janet jason javier jean jennifer jens jessica joanna joao joe johan johann johanna john jonas jorge jose josef joseph juan julia julian julien justyna karen karin karl karolina katarzyna kate katharina kevin klaus krzysztof lara laura lea lena leon leonardo lisa liam lorenzo louis lucas lucia luis luisa lukas maarten magdalena manuel marc marco marek margaret maria marie marina mario mark marta martin martina mary mateo matteo matthew max maximilian mehmet melanie mia michael michal michelle miguel mohammed monika nadia natalia nathalie nicola nicolas nina noah nora olga oliver olivia oscar pablo paola patrick paul paula pedro peter petra philippe pierre piotr pooja priya rachel rafael rahul raj ramon raphael rebecca ricardo richard robert roberto rosa ruth ryan sabine sam samuel sandra sara sarah sebastian sergio simon sofia sophie stefan stefanie stephanie steven susan susanne sven sylvie tanja thomas tim timo tobias tom tomasz ursula valentina vera victor viktor vincent wei william wojciech yuki yusuf zofia";

/// Common surnames across the supported languages.
const SURNAMES: &str = "anderson bauer becker bernard bianchi brown colombo costa da davis dubois durand esposito fernandez fischer fontana garcia gonzalez gupta hansen hernandez hoffmann jansen jensen johansson johnson jones kaminski kowalski kumar larsen lee lewandowski lopez martin martinez meyer miller moreau muller mueller nielsen nowak patel perez petit ricci richard rodriguez romano rossi russo sanchez santos schmidt schneider schulz sharma silva singh smith taylor thomas van vandenberg visser wagner weber williams wilson wojcik wright young zielinski";

static GIVEN_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| GIVEN.split(' ').collect());
static SURNAME_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| SURNAMES.split(' ').collect());

fn lower(word: &str) -> String {
    word.to_ascii_lowercase()
}

/// The given-name lexicon (lower case), for the scanner's trigger words.
pub(crate) fn given_names() -> impl Iterator<Item = &'static str> {
    GIVEN.split(' ')
}

/// True if `word` is a known given name (ASCII case-insensitive).
pub(crate) fn given_name(word: &str) -> bool {
    GIVEN_SET.contains(lower(word).as_str())
}

/// True if `word` is a known surname.
pub(crate) fn surname(word: &str) -> bool {
    SURNAME_SET.contains(lower(word).as_str())
}

/// Words that follow "I am" / "Hi" etc. and are not names.
const NOT_NAMES: &str = "a an the here there fine good sorry happy sure not so very just glad new back ready all everyone team there guys folks again also";

static NOT_NAME_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| NOT_NAMES.split(' ').collect());

/// A cue-introduced name (after "my name is", "Mr.", `name:`): capitalised words, the first not a common
/// word.
pub(crate) fn cued_name(s: &str) -> bool {
    let first = s.split(' ').next().unwrap_or_default();
    !NOT_NAME_SET.contains(lower(first).as_str()) && first.len() >= 2
}

/// A weakly cued name ("Hi Anna", "I am Jonas Weber"): the first word must be a known given name.
pub(crate) fn lexicon_name(s: &str) -> bool {
    s.split(' ').next().is_some_and(given_name)
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
