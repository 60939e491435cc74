use crate::support::Fixture;
use service::session_store::DbSessionStore;
use std::collections::HashMap;
use tower_sessions::SessionStore;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::ExpiredDeletion;

fn record(expires_in: time::Duration) -> Record {
    let mut data = HashMap::new();
    data.insert("user_id".to_owned(), serde_json::json!("0192d3f8-0000-7000-8000-000000000001"));
    Record { id: Id::default(), data, expiry_date: time::OffsetDateTime::now_utc() + expires_in }
}

#[tokio::test]
async fn sessions_are_kept_until_they_expire_or_are_deleted() {
    let t = Fixture::new().await;
    let store = DbSessionStore::new(t.db.clone());
    let mut live = record(time::Duration::days(1));
    store.create(&mut live).await.unwrap();
    let loaded = store.load(&live.id).await.unwrap().expect("a live session loads");
    assert_eq!(loaded.data, live.data);

    live.data.insert("lang".into(), serde_json::json!("ca"));
    store.save(&live).await.unwrap();
    assert_eq!(store.load(&live.id).await.unwrap().unwrap().data["lang"], "ca");

    let mut expired = record(time::Duration::seconds(-5));
    store.create(&mut expired).await.unwrap();
    assert!(store.load(&expired.id).await.unwrap().is_none(), "an expired session does not load");
    store.delete_expired().await.unwrap();

    store.delete(&live.id).await.unwrap();
    assert!(store.load(&live.id).await.unwrap().is_none());
}
