//! `db check`: the registry's counts and whether its tables agree, read in
//! one snapshot (see [`crate::store::check`] for the rules).

use super::Registry;
use crate::error::Result;
use crate::store::check::{self, Report};

impl Registry {
    /// Counts what the registry holds and checks that its tables agree,
    /// all from one committed state (an import running beside it is seen
    /// before or after a batch, never inside one).
    pub fn check(&self) -> Result<Report> {
        self.read(check::check)
    }

    /// Lets the PostgreSQL role `role` read the portal's view
    /// (`portal_accounts`) and nothing else; not found when there is no
    /// such role.
    pub fn grant_portal(&mut self, role: &str) -> Result<()> {
        if role.trim().is_empty() {
            return Err(crate::Error::invalid(
                "ROLE",
                crate::t!("core-grant-no-role"),
            ));
        }
        if self.store.grant_portal(role)? {
            Ok(())
        } else {
            Err(crate::Error::not_found(
                "ROLE",
                crate::t!("core-grant-unknown-role", role = role),
            ))
        }
    }

    /// Copies this whole registry into `to`, which must hold nothing (see
    /// [`crate::store::copy`]); the rows copied per table.
    pub fn copy_into(&self, to: &mut Registry) -> Result<Vec<(&'static str, u64)>> {
        crate::store::copy::copy(&self.store, &mut to.store)
    }
}
