import { maskIdNumber, maskMiddle, maskName, maskPhone } from '../masks';

describe('masks', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳小明', '欧***'],
    ['李', '*'],
    ['  王五 ', '王*'],
    ['', ''],
    [null, null],
    [undefined, undefined],
    [42, '*'],
  ])('maskName(%p) = %p', (value, masked) => expect(maskName(value)).toBe(masked));

  it.each([
    ['43112419800101123X', '431124********123X'],
    ['431124198001011234', '431124********1234'],
    ['431124 19800101 1234', '431124********1234'],
    ['431124800101123', '431124*****1123'],
    ['ABC12', 'A***2'],
    ['1', '*'],
    [null, null],
  ])('maskIdNumber(%p) = %p', (value, masked) => expect(maskIdNumber(value)).toBe(masked));

  it.each([
    ['13812341234', '138****1234'],
    ['+8613812341234', '138****1234'],
    ['138 1234 1234', '138****1234'],
    ['0746-5221234', '0746-*****34'],
    ['(0746)52212345', '0746-******45'],
    ['12345', '***45'],
    ['12', '*2'],
    [undefined, undefined],
  ])('maskPhone(%p) = %p', (value, masked) => expect(maskPhone(value)).toBe(masked));

  it.each([
    ['abcdef', 2, 2, 'ab**ef'],
    ['abc', 2, 2, 'a*c'],
    ['ab', 2, 2, 'a*'],
    ['ab', 0, 5, '*b'],
    ['a', 3, 3, '*'],
  ])('maskMiddle(%p, %p, %p) = %p never shows the whole value', (value, start, end, masked) =>
    expect(maskMiddle(value, start, end)).toBe(masked),
  );
});
