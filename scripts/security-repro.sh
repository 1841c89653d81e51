#!/usr/bin/env bash
# Replays each reproduction of issue 15 (part 1) with curl against `baoming serve` (hubei-2026, a temp
# data folder, 127.0.0.1, a frozen clock, the test captcha so a script can log in), printing each command
# and the answer, and whether the site refused it. Exit 0 when every attack was refused; 1 otherwise.
# Bounded: the server gets REPRO_START_S (default 120) seconds to start, each request 10 s; the server
# is stopped and the folder removed on exit. Run by test/site/securityRepro.test.ts.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 1  # node --import tsx resolves tsx from here
W=$(mktemp -d "${TMPDIR:-/tmp}/bm-repro-XXXXXX")
DATA="$W/data"
FAILED=0
SERVER=

stop() {
  if [[ -n $SERVER ]]; then kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; fi
  rm -rf "$W"
}
trap stop EXIT
trap 'exit 143' TERM INT

# --- helpers ---------------------------------------------------------------------------------------
quote() {
  local out=() a
  for a in "$@"; do
    if [[ $a =~ ^[A-Za-z0-9_./:=@%,+-]+$ ]]; then out+=("$a")
    elif [[ $a == *[$'\r\n']* ]]; then out+=("$(printf '%q' "$a")")
    else out+=("'${a//\'/\'\\\'\'}'"); fi
  done
  echo "${out[*]}"
}
# req ARGS...: prints the curl command, runs it; STATUS, $W/h (headers) and $W/b (body) hold the answer.
req() {
  echo "\$ curl $(quote "$@")"
  STATUS=$(curl -sS --max-time 10 -D "$W/h" -o "$W/b" -w '%{http_code}' "$@" 2>"$W/e") || true
  local type; type=$(grep -i '^content-type:' "$W/h" | tail -1 | cut -d' ' -f2- | tr -d '\r')
  if [[ $type == image/* ]]; then echo "  → $STATUS ($type) $(wc -c <"$W/b") bytes"; return; fi
  echo "  → $STATUS ${type:+($type) }$(head -c 300 "$W/b" | tr '\n' ' ')$( [[ $(wc -c <"$W/b") -gt 300 ]] && echo '…')"
}
header() { grep -i "^$1:" "$W/h" | tr -d '\r'; }
# check WHAT CONDITION...: the verdict of one reproduction.
check() { local what=$1; shift; if "$@"; then echo "  ✓ refused: $what"; else echo "  ✗ NOT REFUSED: $what"; FAILED=$((FAILED + 1)); fi; }
is() { [[ $STATUS == "$1" ]]; }
body_has() { grep -qF -- "$1" "$W/b"; }
json() { node -e 'const j = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log(eval(process.argv[1]))' "$1" <"$W/b"; }
section() { printf '\n## %s\n' "$1"; }
captcha() { curl -sS --max-time 10 "$URL/api/captcha" | node -e 'console.log(JSON.parse(require("fs").readFileSync(0, "utf8")).id)'; }
login() { # login USER PASSWORD: a bearer token (setup, not shown)
  curl -sS --max-time 10 -H 'content-type: application/json' -d "{\"username\":\"$1\",\"password\":\"$2\",\"captchaId\":\"$(captcha)\",\"captcha\":\"8888\"}" "$URL/api/login" \
    | node -e 'console.log(JSON.parse(require("fs").readFileSync(0, "utf8")).token ?? "")'
}

# --- the server ------------------------------------------------------------------------------------
echo "starting: baoming serve --profile hubei-2026 --port 0 --data $DATA --captcha test --now 2026-01-15T10:00:00+08:00"
node "$ROOT/bin/baoming.js" serve --profile hubei-2026 --port 0 --data "$DATA" --captcha test --now 2026-01-15T10:00:00+08:00 >"$W/serve.log" 2>&1 &
SERVER=$!
for ((i = 0; i < ${REPRO_START_S:-120} * 4; i++)); do
  URL=$(grep -o 'at http://127\.0\.0\.1:[0-9]*' "$W/serve.log" | head -1 | cut -c4-)
  [[ -n $URL ]] && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$W/serve.log"; echo 'the server exited before it was ready'; exit 1; }
  sleep 0.25
done
[[ -n ${URL:-} ]] || { echo "the server did not start within ${REPRO_START_S:-120} s"; exit 1; }
echo "server at $URL (demo accounts, password Demo12345)"

# Payloads made with the project's own generators: a 12000×12000 PNG of a few KB, and a valid ID photo.
node --import tsx --input-type=module -e "
  import { writeFileSync } from 'node:fs'
  import { pixelFlood } from '$ROOT/fixtures/pixelFlood.ts'
  import { demoPhoto } from '$ROOT/src/site/photo/demoPhoto.ts'
  writeFileSync('$W/flood.json', JSON.stringify({ fileName: 'photo.png', base64: pixelFlood(12000, 12000).toString('base64') }))
  writeFileSync('$W/photo.json', JSON.stringify({ fileName: 'photo.jpg', base64: Buffer.from(demoPhoto()).toString('base64') }))
" || { echo 'could not make the payloads'; exit 1; }

OWNER=$(login demo-approved Demo12345)      # an approved file, fee unpaid
OTHER=$(login demo-uploading Demo12345)     # another candidate
FRESH=$(login demo1 Demo12345)              # registered only: the photo still open
[[ -n $OWNER && -n $OTHER && -n $FRESH ]] || { echo 'could not log the demo candidates in'; exit 1; }
JSON=(-H 'content-type: application/json')

section '1. Reflected XSS on the site origin (the gateway page with markup as the order id; a CSP)'
req -H "authorization: Bearer $OTHER" "$URL/gateway/orders/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"
check 'markup in the order id is a plain-text 404, never HTML' eval 'is 404 && ! header content-type | grep -q html && ! body_has "<img"'
req -I "$URL/login"
header content-security-policy | sed 's/^/    /'
check 'every page carries a Content-Security-Policy without inline script' eval 'header content-security-policy | grep -q "script-src '\''self'\''" && ! header content-security-policy | grep -q unsafe-inline'

section '2. Forged payment callbacks (signed with the constant that used to be in the source; a wrong amount)'
APP=$(curl -sS --max-time 10 -H "authorization: Bearer $OWNER" "$URL/api/applications" | node -e 'console.log(JSON.parse(require("fs").readFileSync(0, "utf8")).applications[0].id)')
req -X POST "${JSON[@]}" -H "authorization: Bearer $OWNER" -d '{}' "$URL/api/applications/$APP/pay"
ORDER=$(json j.orderId); AMOUNT=$(json j.amountFen); PAYURL=$(json j.browserUrl)
echo "  order $ORDER: 96 random bits, not a sequence"
AT=2026-01-15T02:00:00.000Z
sign() { printf '%s' "$ORDER|$1|$2|alipay|T1|$AT" | openssl dgst -sha256 -hmac "$3" | sed 's/^.*= //'; }
FORGED=$(sign paid "$AMOUNT" baoming-mock-gateway-secret)
req -X POST "${JSON[@]}" -d "{\"orderId\":\"$ORDER\",\"status\":\"paid\",\"amount\":$AMOUNT,\"channel\":\"alipay\",\"tradeNo\":\"T1\",\"at\":\"$AT\",\"signature\":\"$FORGED\"}" "$URL/payment/notify"
check 'a callback signed with the old constant is refused (the secret is the data folder'\''s own)' is 403
CHEAP=$(sign paid 1 "$(cat "$DATA/payment-secret")")
req -X POST "${JSON[@]}" -d "{\"orderId\":\"$ORDER\",\"status\":\"paid\",\"amount\":1,\"channel\":\"alipay\",\"tradeNo\":\"T1\",\"at\":\"$AT\",\"signature\":\"$CHEAP\"}" "$URL/payment/notify"
check 'even correctly signed, a callback with the wrong amount is refused' is 422

section "3. Paying or cancelling another candidate's order"
req -H "authorization: Bearer $OTHER" "$URL$PAYURL"
check "another candidate cannot open the owner's order" is 404
for action in pay cancel; do
  req -X POST -H "authorization: Bearer $OTHER" -d 'channel=alipay' "$URL$PAYURL/$action"
  check "another candidate cannot $action it" is 404
  req -X POST -d 'channel=alipay' "$URL$PAYURL/$action"
  check "nobody logged in cannot $action it" is 404
done
req -H "authorization: Bearer $OWNER" "$URL/api/applications/$APP/payment"
check 'the fee is still unpaid' body_has '未缴费'

section '4. CSRF on the JSON API (text/plain JSON; another origin)'
curl -sS --max-time 10 -c "$W/jar" "${JSON[@]}" -d "{\"username\":\"demo1\",\"password\":\"Demo12345\",\"captchaId\":\"$(captcha)\",\"captcha\":\"8888\"}" "$URL/api/login" >/dev/null
req -X POST -b "$W/jar" -H 'content-type: text/plain; charset=application/json' -d '{"email":"evil@example.com"}' "$URL/api/info/contact"
check 'text/plain; charset=application/json is not JSON' is 415
req -X POST -b "$W/jar" "${JSON[@]}" -H 'origin: https://evil.example' -d '{"email":"evil@example.com"}' "$URL/api/info/contact"
check 'a cookie request from another origin is refused' is 403

section '5. An oversized body (200 MB announced to /login, anonymous)'
req -X POST -H 'content-type: application/x-www-form-urlencoded' -H 'content-length: 209715200' --data-binary x "$URL/login"
check 'answered 413 from the header, before reading the rest' is 413

section '6. PNG pixel flood (12000×12000 in a few KB, as the ID photo)'
echo "  (the PNG: $(node -e 'console.log(Buffer.from(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).base64, "base64").length)' "$W/flood.json") bytes)"
req -X POST "${JSON[@]}" -H "authorization: Bearer $FRESH" --data-binary "@$W/flood.json" "$URL/api/info/photo"
check 'refused from its header, naming the size' eval 'is 422 && body_has image-too-many-pixels'

section '7. Brute force (login throttled; the captcha; 找回密码 needs one too)'
for i in 1 2 3 4 5; do
  req "${JSON[@]}" -d "{\"username\":\"demo2\",\"password\":\"Guess${i}000\",\"captchaId\":\"$(captcha)\",\"captcha\":\"8888\"}" "$URL/api/login"
done
req "${JSON[@]}" -d "{\"username\":\"demo2\",\"password\":\"Demo12345\",\"captchaId\":\"$(captcha)\",\"captcha\":\"8888\"}" "$URL/api/login"
check 'after 5 failures even the right password is refused, with a Chinese message' eval 'is 429 && body_has 登录失败次数过多'
req "$URL/api/captcha"
check 'the captcha SVG draws paths and holds no text (server in --captcha test mode draws 8888 the same way)' eval 'body_has "<path" && ! body_has "<text"'
req "${JSON[@]}" -d '{"name":"某某","idNumber":"420101199001011234","recoveryAnswer":"x","newPassword":"Abc12345","captchaId":"none","captcha":"1234"}' "$URL/api/recover"
check '找回密码 without a valid captcha' eval 'is 422 && body_has captcha-wrong'

section '8. Account details changed with a session alone (the current password left blank)'
req -X POST "${JSON[@]}" -H "authorization: Bearer $FRESH" -d '{"recoveryQuestion":"我的小学","recoveryAnswer":"第一小学","email":"evil@example.com","currentPassword":""}' "$URL/api/account/security"
check 'the recovery question, answer and e-mail need the current password' eval 'is 422 && body_has 当前密码不正确'

section '9. Enumeration (login, 找回密码, registration)'
req "${JSON[@]}" -d "{\"username\":\"demo3\",\"password\":\"Wrong1234\",\"captchaId\":\"$(captcha)\",\"captcha\":\"8888\"}" "$URL/api/login"
KNOWN="$STATUS $(cat "$W/b")"
req "${JSON[@]}" -d "{\"username\":\"nobody-here\",\"password\":\"Wrong1234\",\"captchaId\":\"$(captcha)\",\"captcha\":\"8888\"}" "$URL/api/login"
check 'login: an unknown user gets the answer of a wrong password' test "$KNOWN" = "$STATUS $(cat "$W/b")"
req -H "authorization: Bearer $FRESH" "$URL/api/me"
ME=$(cat "$W/b")
ID=$(json j.candidate.idNumber)
req "${JSON[@]}" -d "{\"name\":\"某某\",\"idNumber\":\"$ID\",\"recoveryAnswer\":\"不是\",\"newPassword\":\"Abc12345\",\"captchaId\":\"$(captcha)\",\"captcha\":\"8888\"}" "$URL/api/recover"
KNOWN="$STATUS $(cat "$W/b")"
req "${JSON[@]}" -d "{\"name\":\"某某\",\"idNumber\":\"110101199003077777\",\"recoveryAnswer\":\"不是\",\"newPassword\":\"Abc12345\",\"captchaId\":\"$(captcha)\",\"captcha\":\"8888\"}" "$URL/api/recover"
check '找回密码: an unknown document number gets the answer of a wrong one' test "$KNOWN" = "$STATUS $(cat "$W/b")"
node -e '
  const c = JSON.parse(process.argv[1]).candidate
  const keep = ["origin", "idType", "idNumber", "idValidUntil", "name", "pinyin", "sex", "birthDate", "ethnicity", "nationality", "email"]
  process.stdout.write(JSON.stringify({ ...Object.fromEntries(keep.map((k) => [k, c[k]])), username: "repro2026", password: "Repro12345", recoveryQuestion: "我的小学", recoveryAnswer: "第一小学" }))
' "$ME" >"$W/register.json"
req "${JSON[@]}" --data-binary "@$W/register.json" "$URL/api/register"
check "registering demo1's ID number again is refused with the seed's message naming the account demo1 (seed 002 FAQ 二.15)" eval 'is 409 && body_has "demo1"'

section '10. The ID photo replaced after final approval'
req -X POST "${JSON[@]}" -H "authorization: Bearer $OWNER" --data-binary "@$W/photo.json" "$URL/api/info/photo"
check 'the photo is locked with the application' eval 'is 409 && body_has photo-locked'

section '11. Malformed multipart and a date that is not one (400, not 500)'
CSRF=$(curl -sS --max-time 10 -c "$W/page" "$URL/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
req -X POST -b "$W/page" -H 'content-type: multipart/form-data; boundary=XYZ' --data-binary $'--XYZ\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n'"$CSRF" "$URL/login"
check 'a broken multipart body is a 400' is 400
ADMIN=$(login admin Admin12345)
req -X POST "${JSON[@]}" -H "authorization: Bearer $ADMIN" -d '{"payDueBy":"not-a-date"}' "$URL/api/admin/pay-due"
check 'a date that is not one is a 400 naming it' eval 'is 400 && body_has bad-date'

section "12. Served uploads' headers"
req -H "authorization: Bearer $OWNER" "$URL/files/photo"
header content-disposition | sed 's/^/    /'
header x-content-type-options | sed 's/^/    /'
check 'the photo is served with Content-Disposition and nosniff' eval 'is 200 && header content-disposition | grep -q "inline; filename=" && header x-content-type-options | grep -q nosniff'

echo
if ((FAILED)); then echo "$FAILED reproduction(s) NOT refused"; exit 1; fi
echo 'every reproduction was refused'
