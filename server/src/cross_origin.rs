//! Protection against cross-site request forgery for every state-changing request, forms
//! and server functions alike. Browsers label each request with where it came from
//! (`Sec-Fetch-Site`, and `Origin` on POSTs); a request another site made is refused. This
//! is the scheme of Go's `http.CrossOriginProtection` and OWASP's "verify origin with
//! standard headers"; together with `SameSite=Lax` session cookies it needs no tokens,
//! so forms work the same with and without JavaScript.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{Method, StatusCode, header};

pub async fn refuse_cross_origin(req: Request, next: Next) -> Response {
    if is_safe_method(req.method()) || comes_from_this_site(&req) {
        next.run(req).await
    } else {
        tracing::warn!(method = %req.method(), path = %req.uri().path(), "cross-origin request refused");
        (StatusCode::FORBIDDEN, "cross-origin request refused").into_response()
    }
}

fn is_safe_method(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

fn comes_from_this_site(req: &Request) -> bool {
    let headers = req.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        // "none" is the person typing the address or using a bookmark.
        return matches!(site, "same-origin" | "none");
    }
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        Some(origin) => {
            let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or_default();
            origin_host(origin) == Some(host)
        }
        // Neither header: not a browser (curl, scripts) or a very old one; such clients do
        // not attach a victim's cookies on another site's behalf.
        None => true,
    }
}

/// `https://cloth.example:8443` → `cloth.example:8443`.
fn origin_host(origin: &str) -> Option<&str> {
    origin.split_once("://").map(|(_, rest)| rest.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn post(headers: &[(&str, &str)]) -> Request {
        let mut builder = Request::builder().method(Method::POST).uri("/api/x");
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        builder.body(Body::empty()).unwrap()
    }

    #[test]
    fn same_origin_posts_pass_and_cross_site_ones_do_not() {
        assert!(comes_from_this_site(&post(&[("sec-fetch-site", "same-origin")])));
        assert!(!comes_from_this_site(&post(&[("sec-fetch-site", "cross-site")])));
        assert!(!comes_from_this_site(&post(&[("sec-fetch-site", "same-site")])));
        assert!(comes_from_this_site(&post(&[("origin", "http://127.0.0.1:3000"), ("host", "127.0.0.1:3000")])));
        assert!(!comes_from_this_site(&post(&[("origin", "https://evil.example"), ("host", "127.0.0.1:3000")])));
        assert!(comes_from_this_site(&post(&[])));
    }
}
