//! tower-sessions' store, kept in our own database through SeaORM, so sessions survive a
//! restart and are shared by every server instance without another service to run.

use crate::entities::sessions;
use async_trait::async_trait;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use tower_sessions::SessionStore;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, ExpiredDeletion, Result};

#[derive(Clone, Debug)]
pub struct DbSessionStore {
    db: DatabaseConnection,
}

impl DbSessionStore {
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }
}

fn backend(e: sea_orm::DbErr) -> Error {
    Error::Backend(e.to_string())
}

fn to_row(record: &Record) -> Result<sessions::ActiveModel> {
    let data = serde_json::to_string(&record.data).map_err(|e| Error::Encode(e.to_string()))?;
    let expires_at = chrono::DateTime::from_timestamp(record.expiry_date.unix_timestamp(), 0)
        .ok_or_else(|| Error::Encode("expiry out of range".into()))?;
    Ok(sessions::ActiveModel { id: Set(record.id.to_string()), data: Set(data), expires_at: Set(expires_at) })
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        // Ids are 128 random bits; on the astronomically rare collision, draw again.
        loop {
            let exists = sessions::Entity::find_by_id(record.id.to_string()).one(&self.db).await.map_err(backend)?;
            if exists.is_none() {
                break;
            }
            record.id = Id::default();
        }
        sessions::Entity::insert(to_row(record)?).exec(&self.db).await.map_err(backend)?;
        Ok(())
    }

    async fn save(&self, record: &Record) -> Result<()> {
        sessions::Entity::insert(to_row(record)?)
            .on_conflict(
                OnConflict::column(sessions::Column::Id)
                    .update_columns([sessions::Column::Data, sessions::Column::ExpiresAt])
                    .to_owned(),
            )
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let row = sessions::Entity::find_by_id(id.to_string())
            .filter(sessions::Column::ExpiresAt.gt(chrono::Utc::now()))
            .one(&self.db)
            .await
            .map_err(backend)?;
        let Some(row) = row else { return Ok(None) };
        let data = serde_json::from_str(&row.data).map_err(|e| Error::Decode(e.to_string()))?;
        let expiry_date = time::OffsetDateTime::from_unix_timestamp(row.expires_at.timestamp())
            .map_err(|e| Error::Decode(e.to_string()))?;
        Ok(Some(Record { id: *id, data, expiry_date }))
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        sessions::Entity::delete_by_id(id.to_string()).exec(&self.db).await.map_err(backend)?;
        Ok(())
    }
}

#[async_trait]
impl ExpiredDeletion for DbSessionStore {
    async fn delete_expired(&self) -> Result<()> {
        sessions::Entity::delete_many()
            .filter(sessions::Column::ExpiresAt.lte(chrono::Utc::now()))
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }
}
