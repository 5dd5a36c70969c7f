import CNcursesw
import ReaderUI

/// What `get_wch` returns, as quoth's keys.
enum KeyDecoder {
    /// A function key, resize or mouse report (`get_wch` said KEY_CODE_YES).
    static func special(_ code: Int32, window: UnsafeMutablePointer<WINDOW>) -> InputEvent? {
        switch code {
        case KEY_RESIZE: return .resize(Size(width: Int(getmaxx(window)), height: Int(getmaxy(window))))
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let state = event.bstate
            let kind: MouseEvent.Kind
            if state & shim_BUTTON4_PRESSED() != 0 { kind = .wheelUp }
            else if state & shim_BUTTON5_PRESSED() != 0 { kind = .wheelDown }
            else if state & shim_BUTTON1_CLICKED() != 0 { kind = .click }
            else { return nil }
            return .mouse(MouseEvent(kind, x: Int(event.x), y: Int(event.y)))
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        default:
            for n in 1...12 where code == shim_KEY_F(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    /// A character key (`get_wch` said OK).
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96)!))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }
}
