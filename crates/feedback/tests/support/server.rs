//! The `feedback` binary as operators run it: one-off commands, and `serve` on 127.0.0.1 port 0
//! with its log (standard error) captured, stopped with SIGTERM when the test ends.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The binary cargo built for these tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_feedback");

/// What a one-off command printed.
pub struct Output {
    pub success: bool,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `feedback --database URL ARGS...` to the end.
pub fn command(database: &str, args: &[&str]) -> Output {
    let output = Command::new(BIN)
        .arg("--database")
        .arg(database)
        .args(args)
        .env_remove("DATABASE_URL")
        .output()
        .expect("run the feedback binary");
    Output {
        success: output.status.success(),
        stdout: String::from_utf8_lossy(&output.stdout).to_string(),
        stderr: String::from_utf8_lossy(&output.stderr).to_string(),
    }
}

/// A running `feedback serve`.
pub struct Server {
    child: Child,
    log: Arc<Mutex<String>>,
    reader: Option<std::thread::JoinHandle<()>>,
    /// Where the service listens.
    pub address: SocketAddr,
    /// Where the metrics are served, when asked for.
    pub metrics: Option<SocketAddr>,
}

/// The address a log line announces after `marker` (`… http://127.0.0.1:4321/…`).
fn announced(log: &str, marker: &str) -> Option<SocketAddr> {
    let line = log.lines().find(|l| l.contains(marker))?;
    let rest = &line[line.find(marker)? + marker.len()..];
    rest.split('/').next()?.parse().ok()
}

impl Server {
    /// Starts `feedback --database URL serve --listen 127.0.0.1:0 ARGS...` with `env`, and waits
    /// (10 s at most) until it says where it listens.
    pub fn start(database: &str, args: &[&str], env: &[(&str, &str)]) -> Server {
        Server::start_on(database, "127.0.0.1:0", args, env)
    }

    /// Starts `feedback --database URL serve --listen LISTEN ARGS...` (see [`Server::start`]).
    pub fn start_on(database: &str, listen: &str, args: &[&str], env: &[(&str, &str)]) -> Server {
        let mut child = Command::new(BIN)
            .arg("--database")
            .arg(database)
            .args(["serve", "--listen", listen])
            .args(args)
            .env("FEEDBACK_LOG", "info") // the start line names the address
            .envs(env.iter().copied())
            .env_remove("DATABASE_URL")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start the feedback binary");
        let log = Arc::new(Mutex::new(String::new()));
        let stderr = child.stderr.take().unwrap();
        let sink = log.clone();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let mut log = sink.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        let wants_metrics = args.contains(&"--metrics-listen");
        let started = Instant::now();
        loop {
            let text = log.lock().unwrap().clone();
            let address = announced(&text, "feedback service listening on http://");
            let metrics = announced(&text, "metrics on http://");
            if let Some(address) = address.filter(|_| !wants_metrics || metrics.is_some()) {
                return Server {
                    child,
                    log,
                    reader: Some(reader),
                    address,
                    metrics,
                };
            }
            if let Ok(Some(status)) = child.try_wait() {
                panic!("feedback serve exited ({status}):\n{text}");
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "feedback serve did not start:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// `http://ADDRESS` of the service.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// Everything logged so far.
    pub fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// Waits (10 s at most) until the log holds `text`.
    pub fn wait_for_log(&self, text: &str) {
        let started = Instant::now();
        while !self.log().contains(text) {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "the log never showed {text:?}:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Stops it with SIGTERM, waits for it to exit, and returns the whole log.
    pub fn stop(mut self) -> String {
        self.terminate();
        // The process has exited, so its standard error ends: the reader takes the last lines.
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
        self.log()
    }

    /// Kills it with SIGKILL (no shutdown of any kind) and waits until it is gone.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
    }

    fn terminate(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = Command::new("kill")
                .args(["-TERM", &self.child.id().to_string()])
                .status();
            let started = Instant::now();
            while let Ok(None) = self.child.try_wait() {
                if started.elapsed() > Duration::from_secs(10) {
                    let _ = self.child.kill();
                    break;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            let _ = self.child.wait();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.terminate();
    }
}
