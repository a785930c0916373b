@echo off
rem Giliran kiosk / board launcher for Windows PCs. Opens Chrome (or Edge) full screen on the
rem hub's page and opens it again whenever it is closed. Put a shortcut to it in
rem shell:startup of the auto-login user (see docs/kiosk-pc.md).
rem
rem   giliran-screen.cmd kiosk http://192.168.1.10:3000
rem   giliran-screen.cmd board http://192.168.1.10:3000
setlocal
set MODE=%~1
set HUB=%~2
if "%MODE%"=="" goto usage
if "%HUB%"=="" goto usage
set URL=%HUB%/%MODE%/
set PROFILE=%LOCALAPPDATA%\giliran-%MODE%

set BROWSER=
if exist "%ProgramFiles%\Google\Chrome\Application\chrome.exe" set BROWSER=%ProgramFiles%\Google\Chrome\Application\chrome.exe
if "%BROWSER%"=="" if exist "%ProgramFiles(x86)%\Google\Chrome\Application\chrome.exe" set BROWSER=%ProgramFiles(x86)%\Google\Chrome\Application\chrome.exe
if "%BROWSER%"=="" if exist "%ProgramFiles(x86)%\Microsoft\Edge\Application\msedge.exe" set BROWSER=%ProgramFiles(x86)%\Microsoft\Edge\Application\msedge.exe
if "%BROWSER%"=="" (echo Chrome or Edge not found & exit /b 1)

set FLAGS=--kiosk --no-first-run --no-default-browser-check --noerrdialogs --disable-infobars --disable-session-crashed-bubble --disable-features=Translate --overscroll-history-navigation=0 --disable-pinch --user-data-dir="%PROFILE%"
if "%MODE%"=="board" set FLAGS=%FLAGS% --autoplay-policy=no-user-gesture-required
if "%MODE%"=="kiosk" set FLAGS=%FLAGS% --touch-events=enabled

:again
start "" /wait "%BROWSER%" %FLAGS% %URL%
echo The browser closed; opening it again...
timeout /t 2 /nobreak >nul
goto again

:usage
echo usage: %~nx0 kiosk^|board^|counter http://HUB:3000
exit /b 2
