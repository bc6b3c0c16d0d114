//! Network identifiers: IPv4 and IPv6 (parsed, not just matched) and MAC addresses.

use super::super::validate::text;
use super::{Recognizer, at, pii};

/// In priority order.
pub(crate) const ALL: &[Recognizer] = &[
    pii("IP_ADDRESS", r"\b(?:[0-9]{1,3}\.){3}[0-9]{1,3}\b")
        .whole(text::ipv4)
        .unless(&["version", "ver", "release", "build", "firmware", "v"])
        .tp(&["client 203.0.113.42 connected", "from 10.0.0.12:443"])
        .fp(&[
            "version 1.2.3.4",
            "ver. 10.0.19041.1",
            "256.1.1.1",
            "0.0.0.0",
            "01.02.03.04",
            "Connection refused on 127.0.0.1:6379",
        ]),
    pii("IP_ADDRESS", r"\b[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}\b")
        .whole(text::ipv6)
        // The first colon follows 1–4 hex digits and is followed by a hex digit or a colon (`fe80::1`):
        // a colon before a space (`Note: `) or a slash (`https://`) opens no window.
        .gate(&[at(&[":"], -4, -1).confirmed(1, b"0123456789abcdefABCDEF:")])
        .tp(&["addr 2001:db8:85a3::8a2e:370:7334", "fe80::1ff:fe23:4567:890a"])
        .fp(&["at 10:30:00", "std::vec", "12:34:56"]),
    pii(
        "MAC_ADDRESS",
        r"\b[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\b|\b[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\b",
    )
    .whole(text::mac)
    // `00:1a:…` / `00-1a-…` (separator after 2 hex digits, the next one 3 bytes on) or `001a.2b3c.4d5e`
    // (dot after 4, the next one 5 bytes on): a date's or a range's single dash opens no window.
    .gate(&[at(&[":", "-"], -2, -2).confirmed(3, b":-"), at(&["."], -4, -4).confirmed(5, b".")])
    .tp(&["mac 00:1A:2B:3C:4D:5E", "3c-22-fb-12-34-56", "001a.2b3c.4d5e"])
    .fp(&["00:1A-2B:3C:4D:5E", "ff:ff:ff:ff:ff:ff"]),
];
