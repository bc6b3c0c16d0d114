//! Inputs shared by ward's benchmarks: chat-like text of a given size, built the same way every run.
//!
//! The text imitates LLM traffic: user and assistant turns with ordinary prose, numbers and dates (which
//! must not be redacted) and now and then an e-mail address, a payment card or a key (which must be). The
//! benches compare every output against the native core's, so a host that redacts differently fails.

/// Turns of a support chat; about one in three carries a value to redact.
const TURNS: &[&str] = &[
    "user: Hi, my order A-10293 from 2026-11-20 arrived damaged. Can you help?\n",
    "assistant: I'm sorry to hear that. Could you confirm the e-mail on the account?\n",
    "user: Sure, it's jane.doe@example.org, and the card was 4111 1111 1111 1111.\n",
    "assistant: Thanks. I see two charges of 49.99 EUR on 20 November; one will be refunded in 3-5 days.\n",
    "user: Great. Also, our CI logs show AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE, is that a problem?\n",
    "assistant: Yes: rotate that key now and store it in a secrets manager, never in logs or prompts.\n",
    "user: Understood. Version 1.2.3 of the app still crashes at 10:30 every day, by the way.\n",
    "assistant: Noted. I've filed ticket 88123 and copied ops@acme-corp.io so the team can follow up.\n",
];

/// Chat-like text of exactly `bytes` bytes (ASCII, so any length is a character boundary). Cut mid-turn
/// at the end; the cut never splits a value because the benches compare against the core's own output.
pub fn chat_text(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 128);
    while text.len() < bytes {
        for turn in TURNS {
            text.push_str(turn);
        }
    }
    text.truncate(bytes);
    text
}

/// The inputs every redact bench uses: name and text.
pub fn inputs() -> Vec<(&'static str, String)> {
    vec![("tiny", "mail jane@example.org".to_string()), ("1KB", chat_text(1024)), ("4KB", chat_text(4096))]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_exact() {
        assert_eq!(chat_text(1024).len(), 1024);
        assert_eq!(chat_text(4096).len(), 4096);
    }
}
