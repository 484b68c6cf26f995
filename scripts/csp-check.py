"""Content-Security-Policy check of the web journal in headless Chromium.

Signs in as each demo user (leder, chef, forsker, admin), opens the pages each can reach (portfolio, new project,
two projects' journal and every entry form, the admin pages, Swagger UI, a 404) and prints every CSP violation
Chromium reports in the browser log. Needs a journal in demo mode with its demo data loaded, and Debian's
chromium, chromium-driver and python3-selenium:

    ./mvnw spring-boot:run                      # demo mode on the embedded database
    /usr/bin/python3 scripts/csp-check.py http://localhost:8080
"""
import sys, json, urllib.request, base64
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

base = sys.argv[1]

def api(user, path):
    req = urllib.request.Request(base + path)
    req.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:samskabelse".encode()).decode())
    return json.load(urllib.request.urlopen(req))

options = Options()
options.add_argument("--headless=new")
options.add_argument("--no-sandbox")
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
violations, visited = [], 0

def visit(path):
    global visited
    driver.get(base + path)
    visited += 1
    for entry in driver.get_log("browser"):
        msg = entry["message"]
        if "Content Security Policy" in msg or "Refused to" in msg:
            violations.append((path, msg))

def login(user):
    driver.delete_all_cookies()
    driver.get(base + "/login")
    driver.find_element(By.ID, "username").send_keys(user)
    driver.find_element(By.ID, "password").send_keys("samskabelse")
    driver.find_element(By.CSS_SELECTOR, "form.form button[type=submit]").click()

visit("/login")
projects = [p["projectId"] for p in api("admin", "/api/projects")]
pages = ["", "/afklaring", "/typologi", "/faseskift", "/kursjustering", "/erkendelse", "/aktoerer/ny",
         "/rolleskift", "/udtraeden", "/engagementer/ny", "/tilbagetraekning", "/findes-ikke"]
for user in ["leder", "chef", "forsker", "admin"]:
    login(user)
    for path in ["/", "/projekter/ny", "/findes-ikke", "/konto", "/admin/brugere", "/admin/brugere/leder", "/admin/projekter",
                 "/swagger-ui.html"]:
        visit(path)
    for p in projects[:2]:
        for page in pages:
            visit("/projekter/" + p + page)
driver.quit()
print(f"visited {visited} pages; CSP violations: {len(violations)}")
for v in violations[:40]:
    print(v)
sys.exit(1 if violations else 0)
