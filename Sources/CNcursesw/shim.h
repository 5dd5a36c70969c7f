#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <pthread.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/curses.h>

/* Function-like macros and C globals Swift cannot import (see docs/ncurses-swift.md). */
static inline attr_t shim_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t shim_A_BOLD(void) { return A_BOLD; }
static inline attr_t shim_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t shim_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t shim_A_DIM(void) { return A_DIM; }
static inline attr_t shim_A_ITALIC(void) { return A_ITALIC; }
static inline attr_t shim_A_STANDOUT(void) { return A_STANDOUT; }
static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline WINDOW *shim_curscr(void) { return curscr; }
static inline int shim_COLORS(void) { return COLORS; }
/* How many colours the terminal on `fd` has, from terminfo, without starting curses (term.h's setupterm). */
extern int setupterm(const char *term, int fildes, int *errret);
static inline int shim_terminal_colors(int fd) {
    int error = 0;
    if (setupterm(NULL, fd, &error) != 0) return 0;
    int colors = tigetnum("colors");
    return colors < 0 ? 0 : colors;
}
static inline int shim_KEY_F(int n) { return KEY_F(n); }
extern int wcwidth(wchar_t c);
static inline int shim_wcwidth(wchar_t c) { return wcwidth(c); }
static inline mmask_t shim_BUTTON1_CLICKED(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
static inline mmask_t shim_BUTTON1_PRESSED(void) { return BUTTON1_PRESSED; }
static inline mmask_t shim_BUTTON4_PRESSED(void) { return BUTTON4_PRESSED; }
static inline mmask_t shim_BUTTON5_PRESSED(void) { return BUTTON5_PRESSED; }

/* Termination signals only set a flag; the event loop sees it within one
   input timeout and leaves through the normal path, which restores the
   terminal. Installed before newterm, so ncurses keeps its own handlers off
   SIGINT/SIGTERM (it leaves SIGTSTP and SIGWINCH to itself). Use these two
   (and the fatal-signal guard below) from one Swift file only: their state
   is static to each translation unit. */
static volatile sig_atomic_t shim_signal_received = 0;
static void shim_on_signal(int sig) { shim_signal_received = sig; }
static inline void shim_trap_termination_signals(void) {
    struct sigaction action;
    action.sa_handler = shim_on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  /* no SA_RESTART: a blocked read returns at once */
    sigaction(SIGINT, &action, 0);
    sigaction(SIGTERM, &action, 0);
    sigaction(SIGHUP, &action, 0);
    /* A parent may hand down a mask that blocks these (a test runner's
       worker thread did); blocked, Ctrl-C and resizes would never arrive. */
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGWINCH);
    sigaddset(&wanted, SIGTSTP);
    sigaddset(&wanted, SIGCONT);
    pthread_sigmask(SIG_UNBLOCK, &wanted, 0);
}
static inline int shim_take_signal(void) {
    int sig = shim_signal_received;
    shim_signal_received = 0;
    return sig;
}

/* If quoth dies of a fatal signal (a Swift runtime trap is SIGILL or
   SIGTRAP), the terminal must not be left raw and on the alternate screen.
   The handler only does async-signal-safe things: put back the terminal
   modes saved at start, write the escapes that leave the alternate screen
   and show the cursor, then die of the same signal as before. */
static int shim_guard_fd = -1;
/* The saved modes live in memory the caller owns: Swift's importer does
   not emit a file-scope struct from a header, so linking fails. */
static struct termios *shim_guard_saved = 0;
static void shim_on_fatal(int sig) {
    if (shim_guard_fd >= 0) {
        static const char reset[] = "\033[?1049l\033[?25h\033[0m\r\n";
        tcsetattr(shim_guard_fd, TCSANOW, shim_guard_saved);
        ssize_t ignored = write(shim_guard_fd, reset, sizeof reset - 1);
        (void)ignored;
    }
    signal(sig, SIG_DFL);
    raise(sig);
}
static inline void shim_guard_fatal_signals(int fd, struct termios *saved) {
    if (tcgetattr(fd, saved) != 0) return;
    shim_guard_saved = saved;
    shim_guard_fd = fd;
    int fatal[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) {
        struct sigaction action;
        action.sa_handler = shim_on_fatal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        sigaction(fatal[i], &action, 0);
    }
}
static inline void shim_unguard_fatal_signals(void) { shim_guard_fd = -1; }
