//! Typed, app-wide contexts. The session actions live here so that signing in or out from
//! any page refreshes the header's account menu.

use crate::error::AppError;
use crate::server_fns::session::{SignIn, SignOut, SignUp, current_user};
use leptos::prelude::*;
use model::account::SessionUser;

#[derive(Clone, Copy)]
pub struct SessionState {
    pub sign_in: ServerAction<SignIn>,
    pub sign_up: ServerAction<SignUp>,
    pub sign_out: ServerAction<SignOut>,
    /// Who is signed in; refetched whenever one of the actions above completes.
    pub user: Resource<Result<Option<SessionUser>, AppError>>,
}

pub fn provide_session() -> SessionState {
    let sign_in = ServerAction::<SignIn>::new();
    let sign_up = ServerAction::<SignUp>::new();
    let sign_out = ServerAction::<SignOut>::new();
    let user = Resource::new(
        move || (sign_in.version().get(), sign_up.version().get(), sign_out.version().get()),
        |_| current_user(),
    );
    let state = SessionState { sign_in, sign_up, sign_out, user };
    provide_context(state);
    state
}

pub fn use_session() -> SessionState {
    expect_context::<SessionState>()
}
