//! A mock SUSHI server on 127.0.0.1 for tests (feature `mock`): it answers each request from a
//! script of replies per customer id, records what it was asked, and stops when dropped.

use std::collections::{BTreeMap, HashMap};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// One answer of the mock server.
#[derive(Clone, Debug)]
pub enum Reply {
    /// An HTTP status with a JSON (or any) body, and a Retry-After header if given.
    Body { status: u16, body: String, retry_after: Option<u64> },
    /// Closes the connection without a word.
    Drop,
    /// Keeps the connection open and never answers (until the server stops).
    Silent,
}

impl Reply {
    pub fn ok(body: impl Into<String>) -> Reply {
        Reply::Body { status: 200, body: body.into(), retry_after: None }
    }

    pub fn status(status: u16, body: impl Into<String>) -> Reply {
        Reply::Body { status, body: body.into(), retry_after: None }
    }

    /// A SUSHI exception object, as the COUNTER_SUSHI API sends it with `status`.
    pub fn exception(status: u16, code: u32, message: &str) -> Reply {
        Reply::status(status, exception(code, message, None))
    }
}

/// `{"Code": .., "Severity": "Error", "Message": .., "Data": ..}`.
pub fn exception(code: u32, message: &str, data: Option<&str>) -> String {
    let data = data.map_or_else(String::new, |d| format!(", \"Data\": {}", quote(d)));
    format!("{{\"Code\": {code}, \"Severity\": \"Error\", \"Message\": {}{data}}}", quote(message))
}

fn quote(text: &str) -> String {
    let escaped: String = text
        .chars()
        .map(|c| match c {
            '"' => "\\\"".to_string(),
            '\\' => "\\\\".to_string(),
            c => c.to_string(),
        })
        .collect();
    format!("\"{escaped}\"")
}

/// A request as the server saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seen {
    /// The request target as sent: path and query.
    pub target: String,
    pub path: String,
    /// The query's parameters, percent-decoded.
    pub query: BTreeMap<String, String>,
}

type Scripts = HashMap<String, (Vec<Reply>, usize)>;

/// The server; its address is 127.0.0.1 on a port the system chose.
pub struct MockServer {
    address: SocketAddr,
    seen: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<AtomicBool>,
    accepting: Option<JoinHandle<()>>,
}

impl MockServer {
    /// Serves each customer id its replies in turn, the last one again once they run out; a
    /// customer without a script gets 2010 (not authorised for that institution).
    pub fn start(scripts: Vec<(&str, Vec<Reply>)>) -> MockServer {
        let scripts: Scripts = scripts.into_iter().map(|(c, r)| (c.to_string(), (r, 0))).collect();
        let scripts = Arc::new(Mutex::new(scripts));
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free port on 127.0.0.1");
        let address = listener.local_addr().expect("a bound address");
        let (seen, stop) = (Arc::new(Mutex::new(Vec::new())), Arc::new(AtomicBool::new(false)));
        let (seen_in, stop_in) = (Arc::clone(&seen), Arc::clone(&stop));
        let accepting = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop_in.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (scripts, seen, stop) = (Arc::clone(&scripts), Arc::clone(&seen_in), Arc::clone(&stop_in));
                std::thread::spawn(move || serve(stream, &scripts, &seen, &stop));
            }
        });
        MockServer { address, seen, stop, accepting: Some(accepting) }
    }

    /// The base URL the `/reports/...` paths hang off.
    pub fn base_url(&self) -> String {
        format!("http://{}/r51", self.address)
    }

    /// Every request so far, in order.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("no test thread panicked holding it").clone()
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.address); // wakes the accepting thread
        if let Some(accepting) = self.accepting.take() {
            let _ = accepting.join();
        }
    }
}

fn serve(mut stream: TcpStream, scripts: &Mutex<Scripts>, seen: &Mutex<Vec<Seen>>, stop: &AtomicBool) {
    let Some(target) = read_target(&mut stream) else { return };
    let request = parse_target(&target);
    let customer = request.query.get("customer_id").cloned().unwrap_or_default();
    seen.lock().expect("not poisoned").push(request);
    let reply = {
        let mut scripts = scripts.lock().expect("not poisoned");
        match scripts.get_mut(&customer) {
            Some((replies, next)) => {
                let reply = replies[(*next).min(replies.len() - 1)].clone();
                *next += 1;
                reply
            }
            None => Reply::exception(403, 2010, "Requestor is Not Authorized to Access Usage for Institution"),
        }
    };
    match reply {
        Reply::Drop => {}
        Reply::Silent => {
            while !stop.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
        Reply::Body { status, body, retry_after } => {
            let retry = retry_after.map_or_else(String::new, |s| format!("Retry-After: {s}\r\n"));
            let head = format!(
                "HTTP/1.1 {status} Mock\r\nContent-Type: application/json\r\nContent-Length: {}\r\n{retry}Connection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(body.as_bytes()));
        }
    }
}

/// The request line's target, once the whole head has come.
fn read_target(stream: &mut TcpStream) -> Option<String> {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut buf).ok().filter(|n| *n > 0)?;
        head.extend_from_slice(&buf[..n]);
    }
    let text = String::from_utf8_lossy(&head);
    text.lines().next()?.split(' ').nth(1).map(str::to_string)
}

fn parse_target(target: &str) -> Seen {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let query = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect();
    Seen { target: target.to_string(), path: path.to_string(), query }
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let (mut out, mut i) = (Vec::with_capacity(bytes.len()), 0);
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
