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

/// The rejection of server function `S` that came back in the URL after a form was posted
/// without JavaScript. Actions created under the router read it themselves; the session
/// actions live above it (so the header can follow them), so their pages ask here.
pub fn url_rejection<S>() -> Option<AppError>
where
    S: leptos::server_fn::ServerFn<Error = AppError>,
{
    use leptos::server::ServerActionError;
    use leptos::server_fn::error::ServerFnUrlError;
    let error = use_context::<ServerActionError>()?;
    (error.path() == S::PATH).then(|| ServerFnUrlError::<AppError>::decode_err(error.err()))
}

/// The latest rejection of `action`: its own result once dispatched, else what the URL carried.
pub fn rejection<S>(action: ServerAction<S>) -> Signal<Option<AppError>>
where
    S: leptos::server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    let from_url = url_rejection::<S>();
    Signal::derive(move || {
        if action.version().get() == 0 { from_url.clone() } else { action.value().get().and_then(Result::err) }
    })
}
