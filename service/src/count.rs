//! Counting rows without reading them. SeaORM's `PaginatorTrait::count` wraps the whole
//! select (every column, descriptions included) in a subquery, which at 100,000
//! organisations reads every row in full; `COUNT(*)` over the same filters lets the
//! database answer from an index.

use crate::error::ServiceError;
use sea_orm::sea_query::Expr;
use sea_orm::{ConnectionTrait, EntityTrait, QuerySelect, Select};

pub async fn count<E: EntityTrait>(db: &impl ConnectionTrait, query: Select<E>) -> Result<u64, ServiceError> {
    let n: Option<i64> = query.select_only().column_as(Expr::cust("COUNT(*)"), "n").into_tuple().one(db).await?;
    Ok(u64::try_from(n.unwrap_or(0)).unwrap_or(0))
}
