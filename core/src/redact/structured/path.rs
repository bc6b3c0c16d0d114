//! JSON-path include and exclude lists (a JSONPath subset).
//!
//! Syntax: `$` then steps `.key`, `['key']`, `[3]`, `.*` / `[*]` (any member or element) and `..step`
//! (the step at any depth below). A pattern selects a node and everything inside it: `$.messages[*].content`
//! covers a content string and every part of a content array. Examples: `$.messages[*].content`,
//! `$..arguments`, `$.input[*].content[*].text`.

use super::json::Seg;
use crate::Error;

#[derive(Clone, Debug, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
    Any,
    /// `..` before the next step: skip any number of levels.
    Descend,
}

/// One compiled path pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathPattern {
    source: String,
    steps: Vec<Step>,
}

impl PathPattern {
    /// Parses `pattern`; errors name the pattern and the problem (`parse_failed`).
    pub fn parse(pattern: &str) -> Result<PathPattern, Error> {
        let bad = |why: &str| Error::parse(format!("path `{pattern}`: {why}"));
        let mut rest = pattern.strip_prefix('$').ok_or_else(|| bad("must start with `$`"))?;
        let mut steps = Vec::new();
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix("..") {
                steps.push(Step::Descend);
                rest = r;
                if rest.starts_with('[') {
                    continue;
                }
                let end = rest.find(['.', '[']).unwrap_or(rest.len());
                let (name, r) = rest.split_at(end);
                steps.push(if name == "*" { Step::Any } else { Step::Key(name.to_string()) });
                if name.is_empty() {
                    return Err(bad("empty step after `..`"));
                }
                rest = r;
            } else if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                let (name, r) = r.split_at(end);
                if name.is_empty() {
                    return Err(bad("empty key"));
                }
                steps.push(if name == "*" { Step::Any } else { Step::Key(name.to_string()) });
                rest = r;
            } else if let Some(r) = rest.strip_prefix('[') {
                let close = if r.starts_with('\'') || r.starts_with('"') {
                    let q = &r[..1];
                    let end = r[1..].find(q).ok_or_else(|| bad("unterminated quoted key"))? + 1;
                    steps.push(Step::Key(r[1..end].to_string()));
                    end + 1
                } else {
                    let end = r.find(']').ok_or_else(|| bad("missing `]`"))?;
                    let inner = r[..end].trim();
                    steps.push(match inner {
                        "*" => Step::Any,
                        n => Step::Index(n.parse().map_err(|_| bad("index must be a number or `*`"))?),
                    });
                    end
                };
                rest = r.get(close..).and_then(|r| r.strip_prefix(']')).ok_or_else(|| bad("missing `]`"))?;
            } else {
                return Err(bad("expected `.`, `..` or `[`"));
            }
        }
        Ok(PathPattern { source: pattern.to_string(), steps })
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// True if the pattern selects `path` or one of its ancestors.
    pub fn covers(&self, path: &[Seg]) -> bool {
        covers(&self.steps, path)
    }
}

fn step_matches(step: &Step, seg: &Seg) -> bool {
    match (step, seg) {
        (Step::Any, _) => true,
        (Step::Key(k), Seg::Key(s)) => k == s,
        (Step::Index(i), Seg::Index(j)) => i == j,
        _ => false,
    }
}

fn covers(steps: &[Step], path: &[Seg]) -> bool {
    match steps.split_first() {
        None => true,
        Some((Step::Descend, rest)) => (0..path.len()).any(|skip| covers(rest, &path[skip..])),
        Some((step, rest)) => {
            path.split_first().is_some_and(|(seg, tail)| step_matches(step, seg) && covers(rest, tail))
        }
    }
}

/// Parses a list of patterns.
pub fn parse_all(patterns: &[String]) -> Result<Vec<PathPattern>, Error> {
    patterns.iter().map(|p| PathPattern::parse(p)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(segs: &[&str]) -> Vec<Seg> {
        segs.iter().map(|s| s.parse().map(Seg::Index).unwrap_or_else(|_| Seg::Key(s.to_string()))).collect()
    }

    #[test]
    fn patterns() {
        let p = |s: &str| PathPattern::parse(s).unwrap_or_else(|e| panic!("{e}"));
        assert!(p("$.messages[*].content").covers(&path(&["messages", "2", "content", "0", "text"])));
        assert!(!p("$.messages[*].content").covers(&path(&["messages", "2", "role"])));
        assert!(p("$..arguments").covers(&path(&[
            "choices",
            "0",
            "message",
            "tool_calls",
            "0",
            "function",
            "arguments"
        ])));
        assert!(p("$['a b'][1]").covers(&path(&["a b", "1"])));
        assert!(p("$").covers(&path(&["x"])));
        assert!(p("$..[*].text").covers(&path(&["content", "0", "text"])));
        assert!(PathPattern::parse("messages").is_err());
        assert!(PathPattern::parse("$.a[x]").is_err());
    }
}
