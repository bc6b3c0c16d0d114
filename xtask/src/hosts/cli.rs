//! Build and test steps of the cli host (owned by that host's maintainers).

use crate::run::Result;

/// Builds this host's artifacts into dist/.
pub fn build() -> Result {
    Ok(())
}

/// Runs this host's test suites.
pub fn test() -> Result {
    Ok(())
}
