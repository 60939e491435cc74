//! Foreign-key shapes the migrations share. Changing one changes only migrations not yet
//! applied: applied ones are recorded by name, not re-run.

use sea_orm_migration::prelude::*;

/// Rows of `from` go when the row they point to goes.
pub fn cascade(
    name: &str,
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create().name(name).from(from.0, from.1).to(to.0, to.1).on_delete(ForeignKeyAction::Cascade).to_owned()
}

/// The reference is cleared when the row it points to goes (who-did-it columns).
pub fn set_null(
    name: &str,
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create().name(name).from(from.0, from.1).to(to.0, to.1).on_delete(ForeignKeyAction::SetNull).to_owned()
}
